package org.ddc.generate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.TreeSet;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.model.DdcFactory;
import org.ddc.model.DdcModel;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.Uplink;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** The generator's text writer against the language's own serializer and formatter. */
class DesignTextTest {

	@ParameterizedTest(name = "{0} workloads, seed {1}")
	@CsvSource({ "1, 1", "2, 4", "60, 2", "300, 7", "1000, 1" })
	void writesWhatXtextsSerializerAndFormatterWrite(int workloads, long seed) {
		String expected = serializedByXtext(SyntheticDesignGenerator.generate(workloads, seed));
		assertEquals(expected, DesignText.of(SyntheticDesignGenerator.generate(workloads, seed)));
	}

	@Test
	void refusesAnAttributeItDoesNotWrite() {
		DdcModel model = SyntheticDesignGenerator.generate(1, 1);
		NetworkSwitch core = model.getElements().stream().filter(NetworkSwitch.class::isInstance)
				.map(NetworkSwitch.class::cast).findFirst().orElseThrow();
		Uplink uplink = DdcFactory.eINSTANCE.createUplink();
		uplink.setSwitch(core.getPartner());
		core.getUplinks().add(uplink);
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DesignText.of(model));
		assertEquals("cannot write 'uplinks' of a NetworkSwitch: the generator does not set it", refused.getMessage());
	}

	@Test
	void keywords_areTheGrammars() {
		IGrammarAccess grammar = DdcStandaloneSetup.injector().getInstance(IGrammarAccess.class);
		assertEquals(new TreeSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar())), new TreeSet<>(DesignText.keywords()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "HD-WEB-01", "guest1", "_x", "lights-out", "backup", "port", "N", "U", "x", "a b", "9x",
			"-x", "x-", "x.y", "Ünïcode", "", "quote \" and 'single'", "back\\slash", "tab\tnewline\n", "🙂" })
	void namesAndStrings_asTheLanguagesConverters(String value) {
		IValueConverterService converters = DdcStandaloneSetup.injector().getInstance(IValueConverterService.class);
		assertEquals(converters.toString(value, "Name"), DesignText.nameText(value));
		assertEquals(converters.toString(value, "STRING"), DesignText.stringText(value));
	}

	/** The whole model serialized and formatted by Xtext (how the generator's text was made before). */
	static String serializedByXtext(DdcModel model) {
		Injector injector = DdcStandaloneSetup.injector();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("synthetic:/design.ddc"));
		resource.getContents().add(model);
		return injector.getInstance(ISerializer.class).serialize(model, SaveOptions.newBuilder().format().getOptions());
	}
}
