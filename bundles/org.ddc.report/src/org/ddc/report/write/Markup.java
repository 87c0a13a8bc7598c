package org.ddc.report.write;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * HTML (and the SVG in it) written through the JDK's XML stream writer, which escapes every text and attribute value
 * it is given: markup is only ever produced by the element methods here, never by joining strings. Texts pass
 * through {@link Texts#visible} first. The CSS of the page is the one text written as it is; it must hold no
 * {@code <}, {@code >} or {@code &} (checked).
 */
final class Markup {
	private final XMLStreamWriter xml;

	Markup(Writer out) throws IOException {
		try {
			xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
		} catch (XMLStreamException e) {
			throw new IOException("cannot write HTML: " + e.getMessage(), e);
		}
	}

	void doctype() throws IOException {
		run(() -> xml.writeDTD("<!DOCTYPE html>"));
		newline();
	}

	/** {@code <name a1="v1" …>}: attributes as name, value pairs; a null value leaves the attribute out. */
	void start(String name, String... attributes) throws IOException {
		run(() -> {
			xml.writeStartElement(name);
			attributes(attributes);
		});
	}

	/** An element without content that HTML calls void ({@code <meta …/>}). */
	void empty(String name, String... attributes) throws IOException {
		run(() -> {
			xml.writeEmptyElement(name);
			attributes(attributes);
		});
	}

	void end() throws IOException {
		run(xml::writeEndElement);
	}

	/** {@code <name …>text</name>}. */
	void element(String name, String text, String... attributes) throws IOException {
		start(name, attributes);
		text(text);
		end();
	}

	void text(String text) throws IOException {
		run(() -> xml.writeCharacters(Texts.visible(text)));
	}

	/** A line break in the source, for readable, diffable HTML. */
	void newline() throws IOException {
		run(() -> xml.writeCharacters("\n"));
	}

	/** The page's style sheet (a constant of ddc's, not text from a design). */
	void css(String css) throws IOException {
		if (css.indexOf('<') >= 0 || css.indexOf('>') >= 0 || css.indexOf('&') >= 0) {
			throw new IllegalArgumentException("the style sheet would be escaped: no <, > or & in it");
		}
		run(() -> xml.writeCharacters(css));
	}

	/**
	 * An SVG document inline, copied element by element, attribute by attribute and text by text through the same
	 * writer, so that it is escaped like everything else however it was written; its XML declaration, comments and
	 * processing instructions are left out, and so are elements that could run code or carry HTML ({@code script},
	 * {@code foreignObject}) and event-handler attributes ({@code on…}) — ddc's SVG writer writes none of them.
	 */
	void svg(String document) throws IOException {
		run(() -> {
			XMLStreamReader in = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(document));
			try {
				boolean root = true;
				int skipped = 0;
				while (in.hasNext()) {
					int event = in.next();
					if (skipped > 0) {
						skipped += event == XMLStreamConstants.START_ELEMENT ? 1
								: event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
						continue;
					}
					switch (event) {
					case XMLStreamConstants.START_ELEMENT -> {
						if (in.getLocalName().equalsIgnoreCase("script")
								|| in.getLocalName().equalsIgnoreCase("foreignObject")) {
							skipped = 1;
							continue;
						}
						xml.writeStartElement(in.getLocalName());
						if (root) {
							xml.writeAttribute("xmlns", "http://www.w3.org/2000/svg");
							root = false;
						}
						for (int i = 0; i < in.getAttributeCount(); i++) {
							String name = in.getAttributeLocalName(i);
							if (!name.toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
								xml.writeAttribute(name, in.getAttributeValue(i));
							}
						}
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
						xml.writeCharacters(in.getText());
					case XMLStreamConstants.END_ELEMENT -> xml.writeEndElement();
					default -> {
					}
					}
				}
			} finally {
				in.close();
			}
		});
	}

	void flush() throws IOException {
		run(xml::flush);
	}

	private void attributes(String... attributes) throws XMLStreamException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				xml.writeAttribute(attributes[i], Texts.visible(attributes[i + 1]));
			}
		}
	}

	private interface XmlAction {
		void run() throws XMLStreamException;
	}

	private static void run(XmlAction action) throws IOException {
		try {
			action.run();
		} catch (XMLStreamException e) {
			throw new IOException("cannot write HTML: " + e.getMessage(), e);
		}
	}
}
