package org.ddc.report.writers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ddc.report.write.HtmlWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages as a real browser reads them. */
class ChromiumTest {
	@TempDir
	Path temp;

	@Test
	void theBrowserBuildsNoScriptFromHostileNames() throws Exception {
		Path page = temp.resolve("hostile.html");
		Files.write(page, Reports.write(Reports.hostile()).get(HtmlWriter.FILE));
		String dom = Chromium.run(page, temp.resolve("profile"), "--dump-dom");
		assertTrue(dom.contains("<h1>&lt;script&gt;alert('x')&lt;/script&gt;</h1>"), dom);
		assertFalse(dom.contains("<script"), "no script element in the browser's document");
		assertFalse(dom.contains("<b>"), "no markup from the design");
		assertEquals(2, count(dom, "<table class=\"data\">"), "both tables intact");
	}

	@Test
	void theSamplePrintsToPdf() throws Exception {
		Path page = temp.resolve("sample.html");
		Files.write(page, Reports.write(Reports.sample()).get(HtmlWriter.FILE));
		Path pdf = temp.resolve("sample.pdf");
		Chromium.run(page, temp.resolve("profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
		byte[] bytes = Files.readAllBytes(pdf);
		assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
		int pages = count(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), "/Type /Page\n")
				+ count(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), "/Type /Page ")
				+ count(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), "/Type/Page/")
				+ count(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), "/Type /Page>");
		assertEquals(4, pages, "the contents and the first section, then each further section on a page of its own");
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			n++;
		}
		return n;
	}
}
