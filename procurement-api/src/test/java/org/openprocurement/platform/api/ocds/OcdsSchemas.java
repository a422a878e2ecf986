package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The OCDS 1.1.5 package schemas (draft-04), read from the copies shipped in the test resources: their
 * absolute URLs are mapped to those files, so validation never needs the network. Formats are asserted.
 */
final class OcdsSchemas {

    private static final String PUBLISHED = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(PUBLISHED, "classpath:ocds-1.1.5/schema/")));
    private static final Schema RELEASE_PACKAGE =
            REGISTRY.getSchema(SchemaLocation.of(PUBLISHED + "release-package-schema.json"));
    private static final Schema RECORD_PACKAGE =
            REGISTRY.getSchema(SchemaLocation.of(PUBLISHED + "record-package-schema.json"));

    private OcdsSchemas() {}

    static List<Error> releasePackageErrors(JsonNode pack) {
        return RELEASE_PACKAGE.validate(pack, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    static List<Error> recordPackageErrors(JsonNode pack) {
        return RECORD_PACKAGE.validate(pack, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }
}
