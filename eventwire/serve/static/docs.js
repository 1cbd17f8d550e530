// Starts Swagger UI on /docs from a file, so the page needs no inline script (CSP: script-src 'self').
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
