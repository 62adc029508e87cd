// InnoHub: send the CSRF token with every htmx request (the CSP forbids inline scripts, so this lives here).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Report merge view: "use my value" copies what the officer typed back into the field.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('.use-mine') : null;
  if (!button) {
    return;
  }
  var field = document.getElementsByName(button.getAttribute('data-field'))[0];
  if (field) {
    field.value = button.getAttribute('data-value');
    field.dispatchEvent(new Event('change', {bubbles: true}));
  }
});
