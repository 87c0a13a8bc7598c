package org.ddc.report.writers.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report page parsed back. ddc writes HTML that is also well-formed XML (void elements closed), so an XML parser
 * reads its element tree exactly: a name that was not escaped would show up here as an element.
 */
final class Html {
	private Html() {
	}

	static Document parse(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setExpandEntityReferences(false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
	}

	static List<Element> elements(Document document, String name) {
		NodeList nodes = document.getElementsByTagName(name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** Every element in document order. */
	static List<Element> all(Document document) {
		return elements(document, "*");
	}

	/** Elements with the class (among others). */
	static List<Element> withClass(Document document, String name, String cssClass) {
		return elements(document, name).stream()
				.filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
	}
}
