// Redoc's side menu shows its makers' logo from their server. The platform loads nothing from
// another host, so an image address on another host is never set, whether as an attribute or as
// the src property (the empty image is hidden by api-docs.css).
(() => {
  const outside = (value) => {
    const url = new URL(String(value), document.baseURI);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin !== window.location.origin;
  };
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (this instanceof HTMLImageElement && String(name).toLowerCase() === "src" && outside(value)) {
      return undefined;
    }
    return setAttribute.call(this, name, value);
  };
  const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, "src");
  Object.defineProperty(HTMLImageElement.prototype, "src", {
    ...src,
    set(value) {
      if (!outside(value)) {
        src.set.call(this, value);
      }
    },
  });
})();
