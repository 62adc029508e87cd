/**
 * Small, stable building blocks every module may use: clock, Vietnamese text folding,
 * number and date formats, problem+json errors, audit annotations.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.innohub.shared;
