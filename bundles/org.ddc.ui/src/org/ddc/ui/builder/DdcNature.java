package org.ddc.ui.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The ddc project nature: a project with it has the ddc builder, which keeps Problems-view markers. */
public class DdcNature implements IProjectNature {
	public static final String ID = "org.ddc.ui.nature";
	private IProject project;

	/** Adds the nature (and with it the builder) to a project; does nothing if it has it already. */
	public static void add(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (description.hasNature(ID)) {
			return;
		}
		List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
		natures.add(ID);
		description.setNatureIds(natures.toArray(String[]::new));
		project.setDescription(description, IResource.KEEP_HISTORY, monitor);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		for (ICommand command : description.getBuildSpec()) {
			if (DdcBuilder.ID.equals(command.getBuilderName())) {
				return;
			}
		}
		ICommand command = description.newCommand();
		command.setBuilderName(DdcBuilder.ID);
		List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
		commands.add(command);
		description.setBuildSpec(commands.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !DdcBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
		project.deleteMarkers(Markers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
