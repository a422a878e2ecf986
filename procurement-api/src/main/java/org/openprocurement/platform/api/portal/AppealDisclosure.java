package org.openprocurement.platform.api.portal;

import java.util.List;
import java.util.UUID;

/** What is public of the challenges and complaints about a process; the appeals module implements it. */
public interface AppealDisclosure {

    /** The challenges of a public process as the public may see them, oldest first; empty otherwise. */
    List<PublicChallenge> challengesOf(UUID processId);

    /** The complaints about a public process as published, oldest first; empty otherwise. */
    List<PublicComplaint> complaintsOf(UUID processId);
}
