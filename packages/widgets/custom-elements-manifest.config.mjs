/**
 * Internal reactive state (`static properties` entries with `state: true`, all private or
 * protected fields) has no attribute, but the analyzer lists one for every `static properties`
 * entry: drop those.
 */
const publicAttributesOnly = {
  name: 'cw-public-attributes-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const hidden = new Set(
          (declaration.members ?? [])
            .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
            .map((member) => member.name),
        );
        for (const member of declaration.members ?? []) {
          if (hidden.has(member.name)) delete member.attribute;
        }
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter(
            (attribute) => !hidden.has(attribute.fieldName),
          );
        }
      }
    }
  },
};

/**
 * The analyzer reads `this.dispatchEvent(new CwLoadEvent(count, ...))` as an event named after
 * the constructor's first argument ("count", "total", or no name at all). Our events are typed
 * classes whose name is fixed inside the class, and every element lists them with `@fires`, so
 * only the `cw-*` events are kept, once each.
 */
const firesOnly = {
  name: 'cw-fires-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.events) continue;
        const seen = new Set();
        declaration.events = declaration.events.filter((event) => {
          if (!event.name?.startsWith('cw-') || seen.has(event.name)) return false;
          seen.add(event.name);
          return true;
        });
      }
    }
  },
};

export default {
  plugins: [firesOnly, publicAttributesOnly],
};
