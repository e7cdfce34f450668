package org.vidnova.population;

/** What a temporary housing site is. */
enum TemporarySiteKind {
    DORMITORY, MODULAR_TOWN, HOTEL, OTHER
}
