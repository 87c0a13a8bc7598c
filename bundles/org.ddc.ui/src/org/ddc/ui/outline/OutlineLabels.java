package org.ddc.ui.outline;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

/** "SW-CORE-1 : switch" with the kind in the qualifier colour, and the kind's icon. */
public final class OutlineLabels extends LabelProvider implements IStyledLabelProvider {

	@Override
	public StyledString getStyledText(Object element) {
		if (!(element instanceof OutlineNode node)) {
			return new StyledString(String.valueOf(element));
		}
		return new StyledString(node.name()).append(" : " + node.kind(), StyledString.QUALIFIER_STYLER);
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		return element instanceof OutlineNode node ? OutlineIcons.of(node.type()) : null;
	}
}
