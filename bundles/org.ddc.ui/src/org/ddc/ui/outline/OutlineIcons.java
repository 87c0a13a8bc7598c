package org.ddc.ui.outline;

import java.util.Locale;
import java.util.Map;

import org.ddc.model.DdcPackage;
import org.ddc.model.labels.ElementKinds;
import org.ddc.ui.DdcUiPlugin;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Small icons for the outline, drawn once per kind: a rounded square in the colour of the design area (workloads
 * green, hosts purple, management teal, storage orange, network blue, racks brown, design grey) with the kind's
 * initial. Kept in the plug-in's image registry, which disposes them.
 */
public final class OutlineIcons {
	private static final DdcPackage P = DdcPackage.eINSTANCE;
	private static final RGB GREY = new RGB(110, 110, 120);
	private static final Map<EClass, RGB> COLOURS = Map.ofEntries(
			Map.entry(P.getWorkload(), new RGB(46, 139, 87)),
			Map.entry(P.getVirtualDisk(), new RGB(46, 139, 87)),
			Map.entry(P.getWorkloadGroup(), new RGB(46, 139, 87)),
			Map.entry(P.getHostDesign(), new RGB(128, 70, 160)),
			Map.entry(P.getCluster(), new RGB(128, 70, 160)),
			Map.entry(P.getNetworkAdapter(), new RGB(128, 70, 160)),
			Map.entry(P.getNicTeam(), new RGB(128, 70, 160)),
			Map.entry(P.getVirtualSwitch(), new RGB(128, 70, 160)),
			Map.entry(P.getHostVirtualAdapter(), new RGB(128, 70, 160)),
			Map.entry(P.getHba(), new RGB(128, 70, 160)),
			Map.entry(P.getManagementServer(), new RGB(0, 128, 128)),
			Map.entry(P.getVmmInstance(), new RGB(0, 128, 128)),
			Map.entry(P.getOpsMgrGroup(), new RGB(0, 128, 128)),
			Map.entry(P.getConfigMgrSite(), new RGB(0, 128, 128)),
			Map.entry(P.getStorageSystem(), new RGB(210, 120, 20)),
			Map.entry(P.getStorageProcessor(), new RGB(210, 120, 20)),
			Map.entry(P.getStorageSwitch(), new RGB(210, 120, 20)),
			Map.entry(P.getBackupPlan(), new RGB(210, 120, 20)),
			Map.entry(P.getSubnet(), new RGB(40, 100, 200)),
			Map.entry(P.getNetworkSwitch(), new RGB(40, 100, 200)),
			Map.entry(P.getLoadBalancer(), new RGB(40, 100, 200)),
			Map.entry(P.getFirewall(), new RGB(40, 100, 200)),
			Map.entry(P.getRack(), new RGB(140, 90, 50)),
			Map.entry(P.getPowerFeed(), new RGB(140, 90, 50)));

	private OutlineIcons() {
	}

	/** The icon of an element kind (UI thread). */
	public static Image of(EClass type) {
		ImageRegistry registry = DdcUiPlugin.getDefault().getImageRegistry();
		String key = "outline/" + type.getName();
		Image image = registry.get(key);
		if (image == null) {
			image = draw(Display.getCurrent(), COLOURS.getOrDefault(type, GREY), initial(type));
			registry.put(key, image);
		}
		return image;
	}

	private static String initial(EClass type) {
		return ElementKinds.label(type).substring(0, 1).toUpperCase(Locale.ROOT);
	}

	/** Draws on a magenta ground that then becomes the transparent pixel. */
	private static Image draw(Display display, RGB colour, String letter) {
		RGB ground = new RGB(255, 0, 255);
		Image canvas = new Image(display, 16, 16);
		GC gc = new GC(canvas);
		Color fill = new Color(display, colour);
		Color background = new Color(display, ground);
		Font font = new Font(display, new FontData("Sans", 7, SWT.BOLD));
		try {
			gc.setAntialias(SWT.OFF);
			gc.setBackground(background);
			gc.fillRectangle(0, 0, 16, 16);
			gc.setBackground(fill);
			gc.fillRoundRectangle(1, 1, 14, 14, 5, 5);
			gc.setTextAntialias(SWT.ON);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.setFont(font);
			Point extent = gc.textExtent(letter);
			gc.drawText(letter, (16 - extent.x) / 2, (16 - extent.y) / 2, true);
		} finally {
			gc.dispose();
			font.dispose();
		}
		ImageData data = canvas.getImageData();
		canvas.dispose();
		data.transparentPixel = data.palette.getPixel(ground);
		return new Image(display, data);
	}
}
