package org.openprocurement.platform.api.clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import org.openprocurement.platform.api.infrastructure.PlatformClock;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.RequestRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's time, for demos and tests: an administrator moves it forward to live through a tendering
 * period in seconds; due deadlines then fire. Production runs (jwt mode) refuse to move it.
 */
@RestController
@RequestMapping("/api/admin/clock")
@Tag(name = "Clock", description = "Platform time; movable forward in demo and test runs only (ADMIN).")
class ClockController {

    private final PlatformClock clock;
    private final ClockOffsets offsets;

    ClockController(PlatformClock clock, ClockOffsets offsets) {
        this.clock = clock;
        this.offsets = offsets;
    }

    @GetMapping
    @Operation(summary = "The platform's current time and how far it runs ahead of the system clock")
    ClockResponse now(@Parameter(hidden = true) Actor actor) {
        requireAdmin(actor);
        return response();
    }

    @PostMapping
    @Operation(summary = "Move the platform's time forward, for example by P21D")
    ClockResponse advance(@Valid @RequestBody AdvanceClockRequest request, @Parameter(hidden = true) Actor actor) {
        requireAdmin(actor);
        if (request.advanceBy().isNegative() || request.advanceBy().isZero()) {
            throw new RequestRefusedException(
                    HttpStatus.BAD_REQUEST, "invalid-request", "advanceBy must be a positive ISO 8601 duration.");
        }
        if (!offsets.advance(request.advanceBy())) {
            throw new RequestRefusedException(
                    HttpStatus.CONFLICT, "clock-not-adjustable", "This platform runs on real time only.");
        }
        return response();
    }

    private ClockResponse response() {
        return new ClockResponse(clock.instant(), clock.offset(), clock.adjustable());
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators handle the platform clock");
        }
    }

    /** How far to move the platform's time forward (ISO 8601 duration, for example {@code P21D}). */
    record AdvanceClockRequest(@NotNull Duration advanceBy) {}

    /** The platform's time. */
    record ClockResponse(Instant now, Duration offset, boolean adjustable) {}
}
