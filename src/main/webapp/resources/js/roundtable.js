/* Roundtable: say so when a background save did not reach the server. PrimeFaces leaves the form as it was,
   so everything typed is still there to send again. */
(function () {
    /* The phone menu: folded behind its button, opened and closed by it (and closed again by Escape). */
    function phoneMenu() {
        var button = document.getElementById('menuButton');
        var nav = document.getElementById('mainNav');
        if (!button || !nav) {
            return;
        }
        document.documentElement.classList.add('rt-js');
        nav.classList.add('rt-folded');
        button.hidden = false;
        button.addEventListener('click', function () {
            var open = button.getAttribute('aria-expanded') !== 'true';
            button.setAttribute('aria-expanded', String(open));
            nav.classList.toggle('rt-folded', !open);
        });
        document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                button.setAttribute('aria-expanded', 'false');
                nav.classList.add('rt-folded');
                button.focus();
            }
        });
    }
    /* A GET form (data-rt-get) leaves its empty fields, and those at their usual value (data-rt-default), out of the
       address: "?tone=CONCERN", not "?school=&tone=CONCERN&group=&size=20". */
    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (!form.hasAttribute || !form.hasAttribute('data-rt-get') || !window.URLSearchParams) {
            return;
        }
        e.preventDefault();
        var query = new URLSearchParams();
        Array.prototype.forEach.call(form.elements, function (field) {
            if (field.name && !field.disabled && field.value !== ''
                    && field.value !== field.getAttribute('data-rt-default')) {
                query.append(field.name, field.value);
            }
        });
        var text = query.toString();
        window.location.assign(form.getAttribute('action') + (text ? '?' + text : ''));
    });
    /* Small behaviours named by data attributes (no inline handlers: the Content-Security-Policy forbids them). */
    document.addEventListener('click', function (e) {
        var target = e.target.closest ? e.target.closest('[data-rt-print], [data-rt-copy]') : null;
        if (!target) {
            return;
        }
        if (target.hasAttribute('data-rt-print')) {
            window.print();
            return;
        }
        var field = document.getElementById(target.getAttribute('data-rt-copy'));
        var status = document.getElementById('copyStatus');
        if (!field) {
            return;
        }
        field.select();
        var done = function () {
            if (status) {
                status.textContent = target.getAttribute('data-rt-copied') || '';
            }
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(field.value).then(done, function () {
                document.execCommand('copy');
                done();
            });
        } else {
            document.execCommand('copy');
            done();
        }
    });
    document.addEventListener('focusin', function (e) {
        if (e.target.hasAttribute && e.target.hasAttribute('data-rt-select')) {
            e.target.select();
        }
    });

    // The trends' window: changing a date means the leader's own dates (the form still works without this).
    document.addEventListener('change', function (e) {
        var window = e.target.form && e.target.type === 'date' && e.target.form.querySelector('select[name=window]');
        if (window) {
            window.value = 'CUSTOM';
        }
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', phoneMenu);
    } else {
        phoneMenu();
    }

    function banner(show) {
        var el = document.getElementById('rt-unsaved');
        if (el) {
            el.hidden = !show;
            if (show) {
                el.scrollIntoView({block: 'center'});
            }
        }
    }
    if (window.jQuery) {
        jQuery(document).on('pfAjaxError', function () {
            banner(true);
            // PrimeFaces re-enables a button only after a response; with no response at all the button would stay
            // disabled and the user could not try again. Give the buttons back once the failed request has ended.
            setTimeout(function () {
                var widgets = (window.PrimeFaces && PrimeFaces.widgets) || {};
                Object.keys(widgets).forEach(function (id) {
                    var w = widgets[id];
                    if (w && w.jq && w.jq.hasClass('ui-state-loading')) {
                        w.ajaxCount = 0;
                        w.jq.removeClass('ui-state-loading').find('.ui-icon-loading').remove();
                        if (typeof w.enable === 'function') {
                            w.enable();
                        }
                    }
                });
            }, 0);
        });
        jQuery(document).on('pfAjaxSuccess', function () { banner(false); });
    }
})();
