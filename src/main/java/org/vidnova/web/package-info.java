/**
 * Web conventions shared by every module: RFC 9457 problem details, locale (uk default, en) and the page layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web conventions")
package org.vidnova.web;
