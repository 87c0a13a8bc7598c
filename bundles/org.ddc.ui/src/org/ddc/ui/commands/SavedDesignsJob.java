package org.ddc.ui.commands;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.DesignScope;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.report.write.DesignReports;
import org.ddc.ui.DdcUiPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import com.google.inject.Injector;

/**
 * A job that writes something of the designs of a project from their saved files — the report, the diagrams: each
 * design read, validated and analysed once, as {@code ddc report} and {@code ddc diagram} read them, then written;
 * one unit of progress per design and {@link #stepsPerDesign()} more for the writing. Cancelling stops it with
 * nothing written; a failure to read or write ends in an error status that says so. Its family is its class.
 */
abstract class SavedDesignsJob extends Job {
	protected final IProject project;
	protected final List<Path> roots;
	private final String nothing;
	private final String failed;

	/**
	 * @param nothing the status when the selection holds no .ddc file ("No .ddc files in the selection: …")
	 * @param failed  the start of the error status ("The report was not written: ")
	 */
	SavedDesignsJob(String name, IProject project, List<Path> roots, String nothing, String failed) {
		super(name);
		this.project = project;
		this.roots = List.copyOf(roots);
		this.nothing = nothing;
		this.failed = failed;
		setUser(true);
		setRule(project);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == getClass();
	}

	/** Units of progress the writing takes per design. */
	abstract int stepsPerDesign();

	/**
	 * Writes what the job writes from the designs.
	 *
	 * @throws InterruptedIOException when cancelled (nothing is then written)
	 */
	abstract void write(List<DesignReports.Design> designs, SubMonitor progress) throws IOException, CoreException;

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), roots.size() * (1 + stepsPerDesign()) + 1);
		List<DesignReports.Design> designs = new ArrayList<>();
		try {
			designs = load(progress);
			if (designs.isEmpty()) {
				return new Status(IStatus.INFO, DdcUiPlugin.ID, nothing);
			}
			write(designs, progress);
			return Status.OK_STATUS;
		} catch (InterruptedIOException | OperationCanceledException cancelled) {
			return Status.CANCEL_STATUS;
		} catch (DesignInputException | IOException e) {
			return new Status(IStatus.ERROR, DdcUiPlugin.ID, failed + e.getMessage());
		} catch (CoreException e) {
			return e.getStatus();
		} finally {
			unload(designs);
		}
	}

	/** The designs rooted at {@link #roots} that hold .ddc files. */
	private List<DesignReports.Design> load(SubMonitor progress) throws DesignInputException {
		Injector injector = DdcUiPlugin.getDefault().injector();
		List<DesignReports.Design> designs = new ArrayList<>();
		try {
			for (Path root : roots) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				DesignScope scope = DesignScope.of(root);
				if (scope.files().isEmpty()) {
					progress.worked(1);
					continue;
				}
				progress.subTask("checking " + project.getName() + "/" + project.getLocation().toPath().relativize(root));
				LoadedDesign design = injector.getInstance(DesignLoader.class).load(scope, Map.of());
				designs.add(new DesignReports.Design(design, injector.getInstance(DesignValidator.class).validate(design),
						injector.getInstance(RuleRunner.class).analysis(design.resourceSet())));
				progress.worked(1);
			}
			return designs;
		} catch (DesignInputException | RuntimeException e) {
			unload(designs);
			throw e;
		}
	}

	private static void unload(List<DesignReports.Design> designs) {
		for (DesignReports.Design design : designs) {
			design.design().resourceSet().getResources().forEach(r -> r.unload());
			design.design().resourceSet().getResources().clear();
		}
	}
}
