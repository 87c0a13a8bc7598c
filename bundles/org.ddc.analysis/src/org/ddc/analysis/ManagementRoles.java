package org.ddc.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;

/** Which management roles the servers of a design provide (Step 3, Table A-4), and the roles VDI needs. */
public final class ManagementRoles {
	/**
	 * The Remote Desktop Services roles of VDI (seed 000 L356-359): connection broker (Microsoft or third party), web
	 * access, virtualization host and redirector. They are exempt from the independence of management servers (L361).
	 */
	public static final Set<ManagementRole> REMOTE_DESKTOP = Collections.unmodifiableSet(EnumSet.of(
			ManagementRole.RD_CONNECTION_BROKER, ManagementRole.THIRD_PARTY_CONNECTION_BROKER,
			ManagementRole.RD_WEB_ACCESS, ManagementRole.RD_VIRTUALIZATION_HOST,
			ManagementRole.RD_VIRTUALIZATION_REDIRECTOR));

	private ManagementRoles() {
	}

	/** Whether some management server has any of the roles. */
	public static boolean anyServerWith(DesignIndex index, ManagementRole... roles) {
		for (ManagementRole role : roles) {
			if (!index.serversWithRole(role).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** The management servers with any {@linkplain #REMOTE_DESKTOP Remote Desktop Services role}, in file order. */
	public static List<ManagementServer> remoteDesktopServers(DesignIndex index) {
		return index.all(ManagementServer.class).stream()
				.filter(s -> s.getRoles().stream().anyMatch(REMOTE_DESKTOP::contains)).toList();
	}
}
