package org.vidnova.damage;

/**
 * The damage figures of the public dashboard: homes destroyed and uninhabitable, people without a home, facilities
 * destroyed (schools, kindergartens, medical), and how many buildings were assessed of how many.
 */
public record HousingFigures(long unitsDestroyed, long unitsUninhabitable, long displacedPeople,
        long schoolsDestroyed, long kindergartensDestroyed, long medicalDestroyed, long buildingsAssessed,
        long buildings) {
}
