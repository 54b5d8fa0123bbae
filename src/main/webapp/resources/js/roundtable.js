/* Roundtable: say so when a background save did not reach the server. PrimeFaces leaves the form as it was,
   so everything typed is still there to send again. */
(function () {
    function banner(show) {
        var el = document.getElementById('rt-unsaved');
        if (el) {
            el.hidden = !show;
            if (show) {
                el.scrollIntoView({block: 'center'});
            }
        }
    }
    /* On a phone the visit calendar opens as a list: a month grid of 375 px cannot show school names. */
    function phoneCalendar() {
        var narrow = window.matchMedia && window.matchMedia('(max-width: 47.99rem)').matches;
        var widget = window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widgets.visitCalendar;
        if (narrow && widget && widget.calendar && widget.calendar.view.type !== 'listMonth') {
            widget.calendar.setOption('height', 'auto');
            widget.calendar.changeView('listMonth');
        }
    }
    if (window.jQuery) {
        jQuery(function () { setTimeout(phoneCalendar, 0); });
        jQuery(document).on('pfAjaxError', function () { banner(true); });
        jQuery(document).on('pfAjaxSuccess', function () { banner(false); });
    }
})();
