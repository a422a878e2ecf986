package org.openprocurement.platform.api.redflag;

import org.openprocurement.platform.audit.redflag.Indicator;

/** One red-flag indicator: its code, what it says, how it is computed and its source. */
record IndicatorResponse(String code, String title, String method, String source) {

    static IndicatorResponse of(Indicator indicator) {
        return new IndicatorResponse(indicator.code(), indicator.title(), indicator.method(), indicator.source());
    }
}
