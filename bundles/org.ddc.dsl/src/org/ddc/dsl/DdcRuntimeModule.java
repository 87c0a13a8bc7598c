package org.ddc.dsl;

import org.ddc.dsl.conversion.DdcValueConverters;
import org.ddc.dsl.linking.DdcLinkingDiagnosticMessageProvider;
import org.ddc.dsl.linking.DdcFragmentProvider;
import org.ddc.dsl.linking.DdcLinkingResource;
import org.ddc.dsl.parser.DdcSyntaxErrorMessageProvider;
import org.ddc.dsl.scoping.DdcQualifiedNameProvider;
import org.ddc.dsl.scoping.DdcResourceDescriptionStrategy;
import org.ddc.dsl.serializer.DdcCrossReferenceSerializer;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.validation.CompositeEValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

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

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return DdcLinkingResource.class;
	}

	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return DdcFragmentProvider.class;
	}

	public Class<? extends ICrossReferenceSerializer> bindICrossReferenceSerializer() {
		return DdcCrossReferenceSerializer.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return DdcQualifiedNameProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return DdcResourceDescriptionStrategy.class;
	}

	/**
	 * EMF's generic constraints (multiplicities, data values) hold for every parsed model: the grammar enforces
	 * them, and where the text is incomplete the syntax error says more than "the required feature ... must be
	 * set" would. Skipping them saves an eighth of the per-file checks of a large file.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}
