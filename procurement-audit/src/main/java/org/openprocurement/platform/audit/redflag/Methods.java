package org.openprocurement.platform.audit.redflag;

import java.util.Locale;
import org.openprocurement.platform.core.method.ProcurementMethod;

/** How a procurement method reads in a flag's detail. */
final class Methods {

    private Methods() {}

    static String name(ProcurementMethod method) {
        return method.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
