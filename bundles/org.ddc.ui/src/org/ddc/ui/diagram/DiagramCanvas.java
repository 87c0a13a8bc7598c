package org.ddc.ui.diagram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.ddc.diagram.HitMap;
import org.ddc.diagram.model.Source;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * One diagram on an SWT canvas in a scrolled composite: the SVG drawn by JSVG into an image at the zoom times the
 * monitor's zoom (off the UI thread; the image is kept until the zoom or the diagram changes), the hit map's tooltip
 * under the mouse, and double-click to the element's source. Ctrl+mouse wheel zooms.
 */
public final class DiagramCanvas {
	/** The smallest and largest zoom. */
	public static final double MIN_ZOOM = 0.1;
	public static final double MAX_ZOOM = 8;
	/** One step of zoom in or out. */
	public static final double STEP = 1.25;

	/** An image drawn off the UI thread: for which diagram and zoom, at which monitor zoom. */
	public record Rendered(DrawnDiagram diagram, double zoom, int deviceZoom, ImageData data) {
	}

	private final ScrolledComposite scroll;
	private final Canvas canvas;
	private final Consumer<Source> open;
	private final List<Runnable> shownListeners = new CopyOnWriteArrayList<>();
	private final Job renderJob;
	private volatile DrawnDiagram diagram;
	private volatile double zoom = 1;
	private volatile int deviceZoom = 100;
	private Image image;
	/** The zoom the image was drawn at. */
	private double shownZoom = 1;
	private String tooltip;

	public DiagramCanvas(Composite parent, Consumer<Source> open) {
		this.open = open;
		scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scroll.setExpandHorizontal(false);
		scroll.setExpandVertical(false);
		canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		scroll.setContent(canvas);
		scroll.getVerticalBar().setIncrement(20);
		scroll.getHorizontalBar().setIncrement(20);
		canvas.addListener(SWT.Paint, e -> paint(e));
		canvas.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
		canvas.addListener(SWT.MouseDoubleClick, e -> hitAt(e.x, e.y).map(HitMap.Hit::source)
				.filter(Objects::nonNull).ifPresent(this.open));
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Dispose, e -> disposeImage());
		renderJob = new Job("Drawing ddc diagram") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Rendered rendered = render(diagram, zoom, deviceZoom);
				if (rendered != null && !monitor.isCanceled() && !canvas.isDisposed()) {
					canvas.getDisplay().asyncExec(() -> show(rendered));
				}
				return Status.OK_STATUS;
			}
		};
		renderJob.setSystem(true);
	}

	/** The control to place in a layout. */
	public Control control() {
		return scroll;
	}

	/** The canvas the diagram is drawn on. */
	public Canvas canvas() {
		return canvas;
	}

	/** Called on the UI thread each time a new image is on screen. */
	public void addShownListener(Runnable listener) {
		shownListeners.add(listener);
	}

	public void removeShownListener(Runnable listener) {
		shownListeners.remove(listener);
	}

	/** The diagram shown, or null. */
	public DrawnDiagram diagram() {
		return diagram;
	}

	/** The image on screen, or null before the first one. */
	public Image image() {
		return image;
	}

	/** The zoom asked for (1 = one point per SVG unit). */
	public double zoom() {
		return zoom;
	}

	/** The zoom the image on screen was drawn at. */
	public double shownZoom() {
		return shownZoom;
	}

	/** The monitor's zoom the next image is drawn for (100 = one pixel per point). */
	public int deviceZoom() {
		return deviceZoom;
	}

	/**
	 * The image of the diagram at the zoom, drawn now (on any thread); null without a diagram. The zoom is reduced
	 * when the image would exceed {@link SvgRaster#MAX_PIXELS}.
	 */
	public static Rendered render(DrawnDiagram diagram, double zoom, int deviceZoom) {
		if (diagram == null) {
			return null;
		}
		double wanted = zoom * deviceZoom / 100.0;
		double scale = SvgRaster.fit(diagram.document(), wanted);
		ImageData data = SvgRaster.toImageData(SvgRaster.render(diagram.document(), scale));
		return new Rendered(diagram, scale == wanted ? zoom : scale * 100.0 / deviceZoom, deviceZoom, data);
	}

	/** Shows another diagram (or a new drawing of this one): at once when it is already drawn, else after drawing it. */
	public void setDiagram(DrawnDiagram next, Rendered rendered) {
		diagram = next;
		deviceZoom = canvas.getMonitor().getZoom();
		if (rendered != null && rendered.diagram() == next && rendered.deviceZoom() == deviceZoom) {
			show(rendered);
		} else {
			renderJob.schedule();
		}
	}

	/** Sets the zoom (kept within {@link #MIN_ZOOM} … {@link #MAX_ZOOM}) and draws the diagram again. */
	public void setZoom(double value) {
		double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
		if (clamped != zoom) {
			zoom = clamped;
			deviceZoom = canvas.getMonitor().getZoom();
			renderJob.schedule();
		}
	}

	public void zoomIn() {
		setZoom(zoom * STEP);
	}

	public void zoomOut() {
		setZoom(zoom / STEP);
	}

	/** The zoom at which the whole diagram fits the visible area. */
	public void fit() {
		DrawnDiagram shown = diagram;
		Rectangle area = scroll.getClientArea();
		if (shown != null && area.width > 0 && area.height > 0) {
			setZoom(Math.min(area.width / shown.width(), area.height / shown.height()));
		}
	}

	/** The element under a point of the canvas, if any. */
	public Optional<HitMap.Hit> hitAt(int x, int y) {
		DrawnDiagram shown = diagram;
		if (shown == null || image == null) {
			return Optional.empty();
		}
		return shown.hits().at(x / shownZoom, y / shownZoom);
	}

	/** Where the middle of an element's box lies on the canvas at the zoom on screen. */
	public Point canvasPoint(HitMap.Hit hit) {
		return new Point((int) Math.round((hit.x() + hit.width() / 2) * shownZoom),
				(int) Math.round((hit.y() + hit.height() / 2) * shownZoom));
	}

	private void show(Rendered rendered) {
		if (canvas.isDisposed() || rendered.diagram() != diagram) {
			return;
		}
		ImageData data = rendered.data();
		int drawnAt = rendered.deviceZoom();
		DrawnDiagram drawn = rendered.diagram();
		double scale = rendered.zoom() * drawnAt / 100.0;
		ImageDataProvider provider = requested -> requested == drawnAt ? data
				: SvgRaster.toImageData(SvgRaster.render(drawn.document(), scale * requested / drawnAt));
		Image next = new Image(canvas.getDisplay(), provider);
		disposeImage();
		image = next;
		shownZoom = rendered.zoom();
		Rectangle bounds = image.getBounds();
		canvas.setSize(bounds.width, bounds.height);
		scroll.setMinSize(bounds.width, bounds.height);
		tooltip = null;
		canvas.setToolTipText(null);
		canvas.redraw();
		shownListeners.forEach(Runnable::run);
	}

	private void paint(Event e) {
		e.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		e.gc.fillRectangle(e.x, e.y, e.width, e.height);
		if (image != null && !image.isDisposed()) {
			e.gc.drawImage(image, 0, 0);
		}
	}

	private void hover(int x, int y) {
		String text = hitAt(x, y).map(HitMap.Hit::tooltip).filter(t -> !t.isEmpty()).orElse(null);
		if (!Objects.equals(text, tooltip)) {
			tooltip = text;
			canvas.setToolTipText(text);
		}
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			if (e.count > 0) {
				zoomIn();
			} else if (e.count < 0) {
				zoomOut();
			}
			e.doit = false;
		}
	}

	private void key(Event e) {
		if ((e.stateMask & SWT.MOD1) == 0) {
			return;
		}
		switch (e.character) {
		case '+', '=' -> zoomIn();
		case '-' -> zoomOut();
		case '0' -> fit();
		default -> {
		}
		}
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	/** Stops drawing. */
	public void dispose() {
		renderJob.cancel();
		scroll.dispose();
	}
}
