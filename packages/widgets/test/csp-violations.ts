// Imported first by csp-page.ts, so violations during the widgets' own module evaluation count too.
export const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
);
