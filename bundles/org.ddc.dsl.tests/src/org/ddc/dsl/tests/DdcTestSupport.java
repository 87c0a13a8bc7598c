package org.ddc.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.formatting2.DdcTextFormatter;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.rules.Severity;
import org.ddc.model.DdcModel;
import org.ddc.model.Element;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * Parses, validates and formats .ddc texts the way the command line does: in-memory files go through
 * {@link DesignLoader#loadText} into one resource set and are checked by {@link DesignValidator}.
 */
public final class DdcTestSupport {
	/** The file name used when a test parses a single text. */
	public static final String FILE = "design.ddc";

	private DdcTestSupport() {
	}

	public static Injector injector() {
		return DdcStandaloneSetup.injector();
	}

	/** Named texts in the given order: {@code files("a.ddc", textA, "b.ddc", textB)}. */
	public static Map<String, String> files(String... namesAndTexts) {
		if (namesAndTexts.length % 2 != 0) {
			throw new IllegalArgumentException("expected pairs of file name and text");
		}
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			files.put(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		return files;
	}

	public static LoadedDesign load(String text) {
		return load(files(FILE, text));
	}

	public static LoadedDesign load(Map<String, String> files) {
		return injector().getInstance(DesignLoader.class).loadText(new LinkedHashMap<>(files));
	}

	public static List<Finding> findings(LoadedDesign design) {
		// The language's own findings (DDC-…); planning-guide rules are tested in org.ddc.rules.tests.
		return injector().getInstance(DesignValidator.class).validate(design).stream()
				.filter(f -> f.code().startsWith("DDC-")).toList();
	}

	/** All findings (errors and warnings) of one file, in print order. */
	public static List<Finding> findings(String text) {
		return findings(load(text));
	}

	/** All findings of several files that make one design. */
	public static List<Finding> findings(Map<String, String> files) {
		return findings(load(files));
	}

	/** The errors only. */
	public static List<Finding> errors(List<Finding> findings) {
		return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
	}

	public static List<Finding> errors(String text) {
		return errors(findings(text));
	}

	/** The codes of all findings, in print order. */
	public static List<String> codes(String text) {
		return findings(text).stream().map(Finding::code).toList();
	}

	/** The codes of the errors, in print order. */
	public static List<String> errorCodes(String text) {
		return errors(text).stream().map(Finding::code).toList();
	}

	public static void assertNoErrors(List<Finding> findings) {
		List<Finding> errors = errors(findings);
		assertTrue(errors.isEmpty(), () -> "expected no errors but got:\n" + describe(errors));
	}

	public static void assertNoErrors(String text) {
		assertNoErrors(findings(text));
	}

	/** Parses one text that must have no errors and returns its model. */
	public static DdcModel parse(String text) {
		LoadedDesign design = load(text);
		assertNoErrors(findings(design));
		return model(design, FILE);
	}

	/** The model of one file of a loaded design. */
	public static DdcModel model(LoadedDesign design, String file) {
		for (Map.Entry<Resource, String> entry : design.displayPaths().entrySet()) {
			if (entry.getValue().equals(file)) {
				return (DdcModel) entry.getKey().getContents().get(0);
			}
		}
		throw new AssertionError("no file " + file + " in " + design.displayPaths().values());
	}

	/** The top-level element of a type and name; fails if there is none. */
	public static <T extends Element> T element(DdcModel model, Class<T> type, String name) {
		for (Element element : model.getElements()) {
			if (type.isInstance(element) && name.equals(element.getName())) {
				return type.cast(element);
			}
		}
		return fail("no " + type.getSimpleName() + " named '" + name + "' in " + model.getElements().stream()
				.map(Element::getName).toList());
	}

	/**
	 * Asserts that exactly one finding has the code on the line, that its message contains the fragment, and
	 * returns it.
	 */
	public static Finding assertFinding(List<Finding> findings, String code, int line, String messageFragment) {
		List<Finding> matching = findings.stream().filter(f -> f.code().equals(code) && f.line() == line).toList();
		assertEquals(1, matching.size(),
				() -> "expected one [" + code + "] at line " + line + " but got:\n" + describe(findings));
		Finding finding = matching.get(0);
		assertTrue(finding.message().contains(messageFragment),
				() -> "message of " + finding.format() + " does not contain \"" + messageFragment + "\"");
		return finding;
	}

	/** Asserts that an error with the code is reported on the line; returns it. */
	public static Finding assertError(List<Finding> findings, String code, int line, String messageFragment) {
		Finding finding = assertFinding(findings, code, line, messageFragment);
		assertEquals(Severity.ERROR, finding.severity(), finding::format);
		return finding;
	}

	/** Asserts that no finding has the code. */
	public static void assertNoFinding(List<Finding> findings, String code) {
		List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
		assertTrue(matching.isEmpty(), () -> "expected no [" + code + "] but got:\n" + describe(matching));
	}

	public static String describe(List<Finding> findings) {
		return findings.isEmpty() ? "(no findings)"
				: findings.stream().map(Finding::format).collect(Collectors.joining("\n"));
	}

	/** Formats one text with the language's formatter and returns the formatted text. */
	public static String format(String text) {
		LoadedDesign design = load(text);
		XtextResource resource = (XtextResource) design.displayPaths().keySet().iterator().next();
		assertNotNull(resource.getParseResult(), "no parse result");
		assertTrue(resource.getErrors().isEmpty(), () -> "cannot format a text with syntax errors: "
				+ resource.getErrors());
		return injector().getInstance(DdcTextFormatter.class).format(resource);
	}

	/** Same classes, attribute values and references (compared by the referenced element's position). */
	public static void assertSameContent(EObject expected, EObject actual) {
		assertEquals(expected.eClass(), actual.eClass(), () -> EcoreUtil.getURI(actual).fragment());
		for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
			String where = EcoreUtil.getURI(actual).fragment() + "." + feature.getName();
			Object e = expected.eGet(feature);
			Object a = actual.eGet(feature);
			if (feature instanceof EAttribute) {
				assertEquals(e, a, where);
				if (e != null && !feature.isMany()) {
					assertEquals(String.valueOf(e), String.valueOf(a), where + " as written");
				}
				assertEquals(expected.eIsSet(feature), actual.eIsSet(feature), where + " is set");
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				List<EObject> es = reference.isMany() ? asList(e) : e == null ? List.of() : List.of((EObject) e);
				List<EObject> as = reference.isMany() ? asList(a) : a == null ? List.of() : List.of((EObject) a);
				assertEquals(es.size(), as.size(), where);
				Iterator<EObject> ai = as.iterator();
				for (EObject child : es) {
					assertSameContent(child, ai.next());
				}
			} else if (feature instanceof EReference reference && !reference.isContainer()) {
				List<EObject> es = reference.isMany() ? asList(e) : e == null ? List.of() : List.of((EObject) e);
				List<EObject> as = reference.isMany() ? asList(a) : a == null ? List.of() : List.of((EObject) a);
				assertEquals(es.stream().map(o -> EcoreUtil.getURI(o).fragment()).toList(),
						as.stream().map(o -> EcoreUtil.getURI(o).fragment()).toList(), where);
				assertTrue(as.stream().noneMatch(EObject::eIsProxy), where + " resolved");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> asList(Object value) {
		return (List<EObject>) value;
	}
}
