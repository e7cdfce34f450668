package org.vidnova.shelters;

/** How many shelters are open, and their places where the capacity is known (the dashboard's figure). */
public record OpenShelters(long count, long capacity) {
}
