package org.ddc.ui.diagram;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;

/**
 * SVG drawn into pixels with JSVG, off-screen: the diagram view's images and the exported PNG files. Java2D only draws
 * into images here: no AWT window or toolkit is ever opened next to SWT's. ddc Studio (and the UI tests) start the JVM
 * with {@code java.awt.headless=true}, since SWT draws its own SVG icons with JSVG too and may be first; in another
 * Eclipse, Java2D is asked to run headless before the first image unless the application has chosen otherwise.
 */
public final class SvgRaster {
	/** The most pixels one image may have (about 200 MB as 32-bit pixels); larger scales are reduced to fit. */
	public static final long MAX_PIXELS = 50_000_000L;
	/** The widest and tallest image (X11 pixmaps stop at 32767). */
	public static final int MAX_SIDE = 16_384;

	static {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	private SvgRaster() {
	}

	/** The parsed SVG; null when JSVG cannot read it. */
	public static SVGDocument parse(String svg) {
		return new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null,
				LoaderContext.createDefault());
	}

	/** The document's size in SVG units (CSS pixels). */
	public static FloatSize size(SVGDocument document) {
		return document.size();
	}

	/** The scale, at most {@code wanted}, at which the document's image stays within {@link #MAX_PIXELS} and {@link #MAX_SIDE}. */
	public static double fit(SVGDocument document, double wanted) {
		FloatSize size = document.size();
		double scale = wanted;
		double pixels = size.width * size.height * scale * scale;
		if (pixels > MAX_PIXELS) {
			scale = Math.sqrt(MAX_PIXELS / (size.width * (double) size.height));
		}
		double side = Math.max(size.width, size.height) * scale;
		if (side > MAX_SIDE) {
			scale = MAX_SIDE / (double) Math.max(size.width, size.height);
		}
		return scale;
	}

	/** The document drawn at {@code scale} (1 = one pixel per SVG unit) on white, antialiased. */
	public static BufferedImage render(SVGDocument document, double scale) {
		FloatSize size = document.size();
		int width = Math.max(1, (int) Math.ceil(size.width * scale));
		int height = Math.max(1, (int) Math.ceil(size.height * scale));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.scale(scale, scale);
			document.render(null, g, new ViewBox(size));
		} finally {
			g.dispose();
		}
		return image;
	}

	/** The image's pixels as SWT image data (24-bit RGB), copied row by row. */
	public static ImageData toImageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		byte[] bytes = data.data;
		for (int y = 0; y < height; y++) {
			int in = y * width;
			int out = y * data.bytesPerLine;
			for (int x = 0; x < width; x++) {
				int rgb = pixels[in + x];
				bytes[out++] = (byte) (rgb >> 16);
				bytes[out++] = (byte) (rgb >> 8);
				bytes[out++] = (byte) rgb;
			}
		}
		return data;
	}

	/** Writes the SVG as a PNG picture at {@code scale} (reduced to fit the limits). */
	public static void writePng(String svg, double scale, OutputStream out) throws IOException {
		SVGDocument document = parse(svg);
		if (document == null) {
			throw new IOException("the SVG of the diagram could not be read back to draw its PNG picture");
		}
		if (!ImageIO.write(render(document, fit(document, scale)), "png", out)) {
			throw new IOException("no PNG writer in this Java runtime");
		}
	}
}
