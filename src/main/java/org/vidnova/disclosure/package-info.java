/**
 * The wartime disclosure policy: what the public may see of each kind of data, and when. Strike records are
 * published only after a delay and, if the policy says so, rounded to their district; some kinds of shelter are
 * hidden from the public; counts under a threshold are suppressed; nothing personal is ever public (that is not a
 * setting). An administrator decides the policy; every decision is kept and audited. Modules ask
 * {@link org.vidnova.disclosure.Disclosure} for the policy that applies to the current caller: signed-in staff see
 * the register, anonymous callers see what the policy allows. Owns the table {@code disclosure_policy}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure")
package org.vidnova.disclosure;
