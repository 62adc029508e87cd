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

// Autosave that tells the truth (issue 16). A form marked data-autosave="URL" posts itself (urlencoded, CSRF header)
// 0.8 s after a change; the server answers JSON: {saved, version, savedAt, message, invalid: {field: message},
// conflict}. Whatever was not saved (error answer, network failure, timeout, invalid value) is shown in red on the
// status line (data-autosave-status: the element's id) with the fields it concerns, marked at each field, kept in
// localStorage (per account and URL) and retried with back-off (2 s, 4 s, 8 s … 60 s) until saved; a reload restores
// the unsaved values. Messages come from the status element's data-msg-* attributes (the page's language).
(function () {
  'use strict';
  var DEBOUNCE = 800, FIRST_RETRY = 2000, MAX_RETRY = 60000, TIMEOUT = 15000;

  function format(text, arg) {
    return (text || '').replace('{0}', arg);
  }

  function Autosave(form) {
    this.form = form;
    this.url = form.getAttribute('data-autosave');
    this.status = document.getElementById(form.getAttribute('data-autosave-status') || '') ||
        form.querySelector('[role="status"]');
    this.key = 'innohub.autosave:' + (form.getAttribute('data-autosave-user') || '') + ':' + this.url;
    this.pending = {};   // field name -> value not yet saved
    this.server = {};    // field name -> the value the server holds (as rendered, or as last saved)
    this.invalid = {};   // field name -> {value: the refused value, message}
    this.attempt = 0;
    this.timer = null;
    this.inFlight = false;
    this.again = false;
    this.submitting = false;
    this.stopped = false;
    this.failing = false;
    var self = this;
    // a page shown again after a refused "Lưu"/"Gửi" holds what was typed; data-saved-value says what the server
    // holds instead, so those fields count as unsaved and are autosaved (issue 17: nothing typed is lost)
    var shownUnsaved = false;
    this.fields().forEach(function (el) {
      self.server[el.name] = el.hasAttribute('data-saved-value') ? el.getAttribute('data-saved-value') : self.read(el.name);
      if (self.server[el.name] !== self.read(el.name)) {
        self.pending[el.name] = self.read(el.name);
        shownUnsaved = true;
      }
    });
    form.addEventListener('input', function (e) { self.edited(e.target, false); });
    form.addEventListener('change', function (e) { self.edited(e.target, true); });
    form.addEventListener('submit', function () { self.submitting = true; });
    window.addEventListener('beforeunload', function (e) {
      if (!self.submitting && self.unsaved().length > 0) {
        e.preventDefault();
        e.returnValue = self.msg('leave');
        return e.returnValue;
      }
    });
    window.addEventListener('online', function () { self.saveSoon(0); });
    this.restore();
    if (shownUnsaved) {
      this.store();
      this.saveSoon(DEBOUNCE);
    }
  }

  Autosave.prototype.msg = function (name) {
    return this.status ? this.status.getAttribute('data-msg-' + name) || '' : '';
  };

  Autosave.prototype.fields = function () {
    return Array.prototype.filter.call(this.form.elements, function (el) {
      return el.name && !el.disabled && el.name !== 'version' && el.name !== '_csrf' &&
          ['hidden', 'submit', 'button', 'reset', 'file', 'image'].indexOf(el.type) < 0;
    });
  };

  Autosave.prototype.tracked = function (el) {
    return el && el.name && this.fields().indexOf(el) >= 0;
  };

  Autosave.prototype.elements = function (name) {
    return Array.prototype.filter.call(this.form.elements, function (el) { return el.name === name; });
  };

  Autosave.prototype.read = function (name) {
    var els = this.elements(name), value = '';
    els.forEach(function (el) {
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (el.checked) {
          value = el.value;
        }
      } else {
        value = el.value;
      }
    });
    return value;
  };

  Autosave.prototype.write = function (name, value) {
    this.elements(name).forEach(function (el) {
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = el.value === value;
      } else {
        el.value = value;
      }
    });
  };

  Autosave.prototype.edited = function (el, changed) {
    if (this.stopped || !this.tracked(el)) {
      return;
    }
    var value = this.read(el.name);
    if (value === this.server[el.name]) {
      delete this.pending[el.name];
      this.unmark(el.name);
    } else {
      this.pending[el.name] = value;
    }
    this.store();
    if (changed) {
      this.saveSoon(DEBOUNCE);
    }
  };

  /** Fields not saved yet, invalid ones included. */
  Autosave.prototype.unsaved = function () {
    return Object.keys(this.pending);
  };

  /** Fields worth sending again: unsaved, and not the very value the server just refused. */
  Autosave.prototype.sendable = function () {
    var self = this;
    return this.unsaved().filter(function (name) {
      return !(self.invalid[name] && self.invalid[name].value === self.pending[name]);
    });
  };

  Autosave.prototype.store = function () {
    var self = this, fields = {};
    this.unsaved().forEach(function (name) {
      fields[name] = {value: self.pending[name], original: self.server[name]};
    });
    try {
      if (Object.keys(fields).length === 0) {
        window.localStorage.removeItem(this.key);
      } else {
        var version = this.form.querySelector('[name="version"]');
        window.localStorage.setItem(this.key, JSON.stringify({version: version ? version.value : null,
          at: new Date().toISOString(), fields: fields}));
      }
    } catch (ignored) {
      // storage full or forbidden: the page still keeps the changes and retries
    }
  };

  /** On load: values this browser could not save last time come back into their fields, marked, and are sent. */
  Autosave.prototype.restore = function () {
    var stored = null;
    try {
      stored = JSON.parse(window.localStorage.getItem(this.key) || 'null');
    } catch (ignored) {
      stored = null;
    }
    if (!stored || !stored.fields) {
      return;
    }
    var self = this, restored = [];
    var version = this.form.querySelector('[name="version"]');
    var sameVersion = version && String(stored.version) === version.value;
    Object.keys(stored.fields).forEach(function (name) {
      var entry = stored.fields[name], els = self.elements(name).filter(function (el) { return self.tracked(el); });
      if (els.length === 0) {
        return;
      }
      var current = self.read(name);
      if (current === entry.value) {
        return; // saved after all (the answer was lost, or the form was saved)
      }
      if (sameVersion || current === entry.original) {
        self.write(name, entry.value);
        self.pending[name] = entry.value;
        self.mark(name, self.msg('unsaved'), false);
        restored.push(name);
      } else {
        self.hint(name, entry.value); // someone else changed this field since: let the officer choose
      }
    });
    this.store();
    if (restored.length > 0) {
      this.failing = true;
      this.show('danger', format(this.msg('not-saved'), this.labels(restored)) + ' ' + this.msg('restored') + ' ' +
          this.msg('saving'));
      this.saveSoon(0);
    }
  };

  Autosave.prototype.saveSoon = function (delay) {
    var self = this;
    if (this.stopped) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.save(); }, delay);
  };

  Autosave.prototype.save = function () {
    var self = this;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    if (this.sendable().length === 0) {
      return;
    }
    clearTimeout(this.timer);
    var sent = {};
    this.unsaved().forEach(function (name) { sent[name] = self.pending[name]; });
    var body = new URLSearchParams();
    new FormData(this.form).forEach(function (value, name) {
      if (typeof value === 'string') {
        body.append(name, value);
      }
    });
    var headers = {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'};
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    var abort = typeof AbortController === 'function' ? new AbortController() : null;
    var timeout = setTimeout(function () { if (abort) { abort.abort(); } }, TIMEOUT);
    this.inFlight = true;
    if (this.failing) {
      // still not saved until the answer says so
      this.show('danger', format(this.msg('not-saved'), this.labels(this.unsaved())) + ' ' + this.msg('saving'));
    } else {
      this.show('muted', this.msg('saving'));
    }
    fetch(this.url, {method: 'POST', body: body.toString(), headers: headers, credentials: 'same-origin',
      redirect: 'manual', signal: abort ? abort.signal : undefined})
      .then(function (response) {
        var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
        return (json ? response.json().catch(function () { return null; }) : Promise.resolve(null))
          .then(function (answer) { return {response: response, answer: answer}; });
      })
      .then(function (r) { self.answered(r.response, r.answer, sent); },
          function () { self.failed(self.msg('offline'), true); })
      .catch(function (e) { if (window.console) { window.console.error(e); } })
      .then(function () {
        clearTimeout(timeout);
        self.inFlight = false;
        if (self.again) {
          self.again = false;
          self.saveSoon(DEBOUNCE);
        }
      });
  };

  Autosave.prototype.answered = function (response, answer, sent) {
    var self = this;
    if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
      this.failed(this.msg('session'), true); // signed out: the sign-in page, not a save
      return;
    }
    if (response.ok && answer && answer.saved) {
      var version = this.form.querySelector('[name="version"]');
      if (version && answer.version !== null && answer.version !== undefined) {
        version.value = String(answer.version);
      }
      var invalid = answer.invalid || {};
      // issue 17: an invalid number or date is stored as typed (answer.kept): it is saved, only marked until fixed
      var kept = {};
      (answer.kept || []).forEach(function (name) { kept[name] = true; });
      Object.keys(sent).forEach(function (name) {
        if (invalid[name]) {
          self.invalid[name] = {value: sent[name], message: invalid[name]};
          if (kept[name]) {
            self.server[name] = sent[name];
            if (self.pending[name] === sent[name]) {
              delete self.pending[name];
            }
          }
          self.mark(name, invalid[name], true);
        } else {
          self.server[name] = sent[name];
          delete self.invalid[name];
          if (self.pending[name] === sent[name]) {
            delete self.pending[name];
            self.unmark(name);
          }
        }
      });
      // the whole form is sent: a value shown but never saved (e.g. after a refused "Lưu") may be the invalid one
      Object.keys(invalid).forEach(function (name) {
        if (!sent.hasOwnProperty(name) && self.elements(name).length > 0) {
          var value = self.read(name);
          if (kept[name]) {
            self.server[name] = value;
          } else {
            self.pending[name] = value;
          }
          self.invalid[name] = {value: value, message: invalid[name]};
          self.mark(name, invalid[name], true);
        }
      });
      // a field marked invalid earlier (e.g. by a refused "Lưu") and now accepted loses its mark
      this.fields().forEach(function (el) {
        if (!invalid[el.name] && !self.pending.hasOwnProperty(el.name)) {
          self.unmark(el.name);
          delete self.invalid[el.name];
        }
      });
      this.attempt = 0;
      this.failing = false;
      this.store();
      var refused = Object.keys(this.invalid).filter(function (name) { return self.pending.hasOwnProperty(name); });
      var keptInvalid = Object.keys(invalid).filter(function (name) {
        return kept[name] && !self.pending.hasOwnProperty(name) && self.elements(name).length > 0;
      });
      if (refused.length > 0) {
        this.show('danger', format(this.msg('not-saved'), this.labels(refused)) + ' ' + this.msg('invalid') + ' ' +
            (answer.message || ''));
      } else if (keptInvalid.length > 0) {
        this.show('invalid', format(this.msg('kept-invalid'), this.labels(keptInvalid)) + ' ' + (answer.message || ''));
      } else {
        this.show('success', answer.message || '');
      }
      if (this.sendable().length > 0) {
        this.again = true;
      }
      return;
    }
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
      // someone else saved (409), the report is no longer editable or gone, the request refused: sending the same
      // again would not help; the merge view or a change does
      this.failed(answer && answer.message ? answer.message : format(this.msg('server'), response.status),
          false, answer && answer.conflict);
      return;
    }
    this.failed(format(this.msg('server'), response.status || '?'), true);
  };

  Autosave.prototype.failed = function (reason, retry, conflict) {
    var self = this, names = this.unsaved();
    this.failing = true;
    names.forEach(function (name) {
      if (!self.invalid[name] || self.invalid[name].value !== self.pending[name]) {
        self.mark(name, self.msg('unsaved'), false);
      }
    });
    this.store();
    var text = format(this.msg('not-saved'), this.labels(names)) + ' ' + reason + ' ' + this.msg('kept');
    var delay = Math.min(MAX_RETRY, FIRST_RETRY * Math.pow(2, this.attempt));
    if (retry) {
      this.attempt++;
      text += ' ' + format(this.msg('retry'), Math.round(delay / 1000));
      this.saveSoon(delay);
    }
    this.show('danger', text);
    if (retry) {
      this.button(this.msg('retry-now'), 'autosaveRetry', function () { self.attempt = 0; self.saveSoon(0); });
    }
    if (conflict) {
      var merge = document.createElement('button');
      merge.type = 'submit';
      merge.name = 'action';
      merge.value = 'save';
      merge.id = 'mergeButton';
      merge.className = 'btn btn-sm btn-warning ms-2';
      merge.setAttribute('form', this.form.id);
      merge.textContent = this.msg('merge');
      this.status.appendChild(merge);
    }
  };

  Autosave.prototype.button = function (text, id, action) {
    if (!this.status) {
      return;
    }
    var b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.className = 'btn btn-sm btn-outline-danger ms-2';
    b.textContent = text;
    b.addEventListener('click', action);
    this.status.appendChild(b);
  };

  Autosave.prototype.show = function (kind, text) {
    if (!this.status) {
      return;
    }
    this.status.className = this.status.className.replace(/\btext-(muted|success|danger)\b/g, '').trim() +
        ' text-' + (kind === 'invalid' ? 'danger' : kind);
    this.status.setAttribute('data-autosave-state', kind === 'success' ? 'saved' : kind === 'danger' ? 'unsaved'
        : kind === 'invalid' ? 'invalid' : 'saving');
    this.status.textContent = text;
  };

  /** "1. Tỷ lệ hồ sơ trực tuyến — Giá trị", from the field's label and its group (data-autosave-group). */
  Autosave.prototype.labels = function (names) {
    var self = this;
    return names.map(function (name) {
      var el = self.elements(name)[0];
      var label = el && el.id ? self.form.querySelector('label[for="' + el.id + '"]') : null;
      var text = label ? label.textContent.trim() : name;
      var group = el && el.closest ? el.closest('[data-autosave-group]') : null;
      return group ? group.getAttribute('data-autosave-group') + ' — ' + text : text;
    }).join('; ');
  };

  Autosave.prototype.anchor = function (el) {
    return el.parentElement && el.parentElement.classList.contains('input-group') ? el.parentElement : el;
  };

  Autosave.prototype.feedback = function (el) {
    var id = (el.id || el.name) + '-error', div = document.getElementById(id);
    if (!div) {
      div = document.createElement('div');
      div.id = id;
      this.anchor(el).insertAdjacentElement('afterend', div);
    }
    var described = (el.getAttribute('aria-describedby') || '').split(' ');
    if (described.indexOf(id) < 0) {
      el.setAttribute('aria-describedby', (described.join(' ') + ' ' + id).trim());
    }
    return div;
  };

  /** Marks a field: "Chưa lưu" under it, or (invalid) Bootstrap's is-invalid with the server's message. */
  Autosave.prototype.mark = function (name, message, invalid) {
    var self = this;
    this.elements(name).slice(0, 1).forEach(function (el) {
      var div = self.feedback(el);
      el.classList.add('autosave-unsaved');
      el.classList.toggle('is-invalid', invalid);
      el.setAttribute('aria-invalid', invalid ? 'true' : 'false');
      div.className = 'invalid-feedback d-block autosave-note';
      div.hidden = false;
      div.textContent = message;
      el.dispatchEvent(new CustomEvent('innohub:marked', {bubbles: true}));
    });
  };

  Autosave.prototype.unmark = function (name) {
    this.elements(name).slice(0, 1).forEach(function (el) {
      el.classList.remove('autosave-unsaved', 'is-invalid');
      el.removeAttribute('aria-invalid');
      var div = document.getElementById((el.id || el.name) + '-error');
      if (div) {
        div.hidden = true;
        div.textContent = '';
      }
      el.dispatchEvent(new CustomEvent('innohub:marked', {bubbles: true}));
    });
  };

  /** Another writer changed a field this browser could not save: offer the officer's value (the merge button). */
  Autosave.prototype.hint = function (name, value) {
    var el = this.elements(name)[0];
    if (!el || this.form.querySelector('.use-mine[data-field="' + name.replace(/"/g, '') + '"]')) {
      return;
    }
    var div = document.createElement('div');
    div.className = 'small text-warning-emphasis mt-1 merge-hint';
    var q = document.createElement('q');
    q.textContent = value;
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn btn-sm btn-outline-secondary ms-1 use-mine';
    b.setAttribute('data-field', name);
    b.setAttribute('data-value', value);
    b.textContent = this.msg('use-mine');
    div.appendChild(document.createTextNode(this.msg('yours') + ': '));
    div.appendChild(q);
    div.appendChild(b);
    this.anchor(el).insertAdjacentElement('afterend', div);
  };

  function start() {
    document.querySelectorAll('form[data-autosave]').forEach(function (form) {
      if (!form.autosave) {
        form.autosave = new Autosave(form);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

// The report on a phone (issue 17): links to an item or field (the lists at the top, the index, the evidence list,
// an address ending in #task-12) open the folded items around it, scroll to it and focus the field; the fields that
// do not apply to the chosen status are hidden (completion date only when done, reason only when cancelled: the
// server checks them whatever is shown); the index counts the updated items as the unit types; and a filter shows only
// the items needing attention (not updated, returned with a comment, invalid).
(function () {
  'use strict';

  function format(text, a, b) {
    return (text || '').replace('{0}', a).replace('{1}', b);
  }

  function openAround(el) {
    for (var d = el; d; d = d.parentElement) {
      if (d.tagName === 'DETAILS' && d.id !== 'reportIndexBox') {
        d.open = true;
      }
    }
  }

  function jump(id, focus) {
    var el = id ? document.getElementById(id) : null;
    if (!el) {
      return false;
    }
    openAround(el);
    if (el.hidden || el.closest('[hidden]')) {
      var only = document.getElementById('attentionOnly');
      if (only && only.checked) {
        only.checked = false;
        filter();
      }
    }
    var index = document.getElementById('reportIndexBox');
    if (index && index.open && !index.contains(el)) {
      index.open = false;
    }
    el.scrollIntoView({block: 'start', behavior: 'instant'});
    if (focus && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) {
      el.focus({preventScroll: true});
    } else if (focus && el.tagName === 'DETAILS') {
      var summary = el.querySelector('summary');
      if (summary) {
        summary.focus({preventScroll: true});
      }
    }
    return true;
  }

  function filled(el) {
    return el.value !== null && el.value.trim() !== '';
  }

  /** Updated: a status chosen (a task), a value or a note given (a target); a value marked invalid does not count. */
  function updated(item) {
    return Array.prototype.some.call(item.querySelectorAll('.item-key-field'), function (el) {
      return filled(el) && !el.classList.contains('is-invalid');
    });
  }

  function needsAttention(item) {
    return !updated(item) || item.getAttribute('data-returned') === 'true' || item.querySelector('.is-invalid') !== null;
  }

  function showFor(select) {
    var item = select.closest('.report-item');
    if (!item) {
      return;
    }
    item.querySelectorAll('[data-show-when]').forEach(function (box) {
      var applies = box.getAttribute('data-show-when').split(' ').indexOf(select.value) >= 0;
      // a field holding a value or a message stays in sight: nothing typed is hidden
      var holds = Array.prototype.some.call(box.querySelectorAll('input, textarea'), function (f) {
        return filled(f) || f.classList.contains('is-invalid');
      });
      box.hidden = !applies && !holds;
    });
    var state = item.querySelector('.report-item-state');
    if (state && select.selectedIndex >= 0) {
      state.textContent = select.options[select.selectedIndex].text.replace(/^—\s*|\s*—$/g, '');
    }
  }

  function count() {
    var all = 0, done = 0;
    document.querySelectorAll('#reportForm [data-group]').forEach(function (group) {
      var items = group.querySelectorAll('.report-item'), n = 0;
      items.forEach(function (item) {
        if (updated(item)) {
          n++;
        }
      });
      all += items.length;
      done += n;
      var link = document.querySelector('#reportIndex a[data-group="' + group.getAttribute('data-group') + '"]');
      if (link) {
        link.textContent = format(link.getAttribute('data-msg'), n, items.length);
      }
    });
    var total = document.getElementById('reportUpdated');
    if (total) {
      total.textContent = format(total.getAttribute('data-msg'), done, all);
    }
  }

  function filter() {
    var only = document.getElementById('attentionOnly');
    if (!only) {
      return;
    }
    var shown = 0;
    document.querySelectorAll('#reportForm .report-item').forEach(function (item) {
      var show = !only.checked || needsAttention(item);
      item.hidden = !show;
      if (show) {
        shown++;
      }
    });
    if (only.checked) {
      document.querySelectorAll('#reportForm details.report-group').forEach(function (d) { d.open = true; });
    }
    var none = document.getElementById('attentionNone');
    if (none) {
      none.classList.toggle('d-none', !only.checked || shown > 0);
    }
  }

  function start() {
    var form = document.getElementById('reportForm');
    if (!form) {
      return;
    }
    form.querySelectorAll('select.report-status').forEach(showFor);
    form.addEventListener('change', function (e) {
      if (e.target.classList && e.target.classList.contains('report-status')) {
        showFor(e.target);
      }
      count();
    });
    form.addEventListener('input', count);
    form.addEventListener('innohub:marked', function () {
      count();
      var only = document.getElementById('attentionOnly');
      if (only && only.checked) {
        filter();
      }
    });
    var only = document.getElementById('attentionOnly');
    if (only) {
      only.addEventListener('change', filter);
    }
    document.addEventListener('click', function (e) {
      var link = e.target.closest ? e.target.closest('a[href^="#"]') : null;
      if (!link || link.getAttribute('href').length < 2) {
        return;
      }
      if (jump(decodeURIComponent(link.getAttribute('href').substring(1)), true)) {
        e.preventDefault();
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, '', link.getAttribute('href'));
        }
      }
    });
    if (window.location.hash.length > 1) {
      jump(decodeURIComponent(window.location.hash.substring(1)), false);
    }
    // a wide screen shows the index open
    var index = document.getElementById('reportIndexBox');
    if (index && window.matchMedia && window.matchMedia('(min-width: 992px)').matches) {
      index.open = true;
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
