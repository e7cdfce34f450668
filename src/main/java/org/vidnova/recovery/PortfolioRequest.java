package org.vidnova.recovery;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/recovery/portfolio}: the budget (UAH), minimum shares of it per district (code or
 * name → fraction 0..1), projects pinned in or out, and (beyond the contract) groups of projects that go
 * together and groups whose members exclude each other.
 */
record PortfolioRequest(
        @NotNull @Min(0) @Max(10_000_000_000_000L) Long budget,
        @Size(max = 50) Map<String, Double> minShareByDistrict,
        @Size(max = 10_000) List<Long> pinnedIn,
        @Size(max = 10_000) List<Long> pinnedOut,
        @Size(max = 1_000) List<List<Long>> together,
        @Size(max = 1_000) List<List<Long>> exclusive) {
}
