/**
 * Recovery: reconstruction projects (OC4IDS type and status, the damage buildings they concern, cost, spending,
 * funding, beneficiaries, milestones, documents), their stated score, the portfolio optimiser that chooses what
 * the budget pays for first, and the heritage gate (a project touching a listed building or the old town's
 * protected zone needs a recorded conservation approval before implementation), and the decisions on damaged
 * facilities (repair, rebuild, relocate, merge, demolish) with the evidence computed beside them. Owns the tables
 * {@code recovery_*}; reads buildings through {@link org.vidnova.damage.BuildingDirectory} and
 * {@link org.vidnova.damage.Facilities}, present population through
 * {@link org.vidnova.population.PopulationFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recovery")
package org.vidnova.recovery;
