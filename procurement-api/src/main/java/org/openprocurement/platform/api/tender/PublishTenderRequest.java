package org.openprocurement.platform.api.tender;

/** Publication needs no input; an empty JSON object is expected so unknown fields are still refused. */
public record PublishTenderRequest() {}
