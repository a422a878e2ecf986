package org.openprocurement.platform.core.disclosure;

/** How much of a procurement process the public may see. */
public enum Classification {
    /** Everything the law requires to be published is published (the default). */
    PUBLIC,
    /** Published, with the configured fields withheld (commercial confidentiality, public interest). */
    RESTRICTED,
    /** National defence, security or foreign affairs: the process never appears in any public output. */
    SECRET
}
