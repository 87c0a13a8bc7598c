package org.ddc.dsl;

import org.ddc.dsl.conversion.DdcValueConverters;
import org.ddc.dsl.linking.DdcLinkingDiagnosticMessageProvider;
import org.ddc.dsl.parser.DdcSyntaxErrorMessageProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

/** Guice bindings of the .ddc language that apply with or without an IDE. */
public class DdcRuntimeModule extends AbstractDdcRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return DdcValueConverters.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return DdcSyntaxErrorMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return DdcLinkingDiagnosticMessageProvider.class;
	}
}
