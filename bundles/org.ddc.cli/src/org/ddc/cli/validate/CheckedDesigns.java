package org.ddc.cli.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignFiles;
import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.DesignScope;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;

import com.google.inject.Injector;

/**
 * The designs the command-line paths make up, loaded and validated: what {@code validate} prints and
 * {@code analyze} computes from.
 *
 * @param files          the .ddc files found, in order
 * @param designs        one loaded design per design folder (or the loose files)
 * @param findings       every finding of every design
 * @param designFindings the findings of each design, in the order of {@code designs}
 */
public record CheckedDesigns(List<Path> files, List<LoadedDesign> designs, List<Finding> findings,
		List<List<Finding>> designFindings) {

	/** Collects the files under the paths, groups them into designs, loads and validates each. */
	public static CheckedDesigns of(List<Path> paths) throws DesignInputException {
		Injector injector = DdcStandaloneSetup.injector();
		List<Path> collected = DesignFiles.collect(paths);
		List<LoadedDesign> designs = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		List<List<Finding>> designFindings = new ArrayList<>();
		for (DesignScope scope : DesignScope.group(collected, null)) {
			LoadedDesign design = injector.getInstance(DesignLoader.class).load(scope, Map.of());
			designs.add(design);
			List<Finding> own = injector.getInstance(DesignValidator.class).validate(design);
			designFindings.add(own);
			findings.addAll(own);
		}
		return new CheckedDesigns(List.copyOf(collected), designs, findings, designFindings);
	}
}
