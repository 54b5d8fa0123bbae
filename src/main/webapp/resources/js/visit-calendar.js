/* The visit calendar's options, set before FullCalendar first renders (p:schedule's extender), so nothing on screen
   changes after it appears: it grows with its content (no scroll box inside the page, which also keeps drag and drop
   in view); on a phone it opens as a list, since a month grid 375 px wide cannot show school names; and while the
   visits are on their way the list does not say there are none. */
window.rtVisitCalendar = function () {
    var options = this.cfg.options;
    var box = this.jq;
    options.height = 'auto';
    if (window.matchMedia && window.matchMedia('(max-width: 47.99rem)').matches) {
        options.initialView = 'listMonth';
    }
    box.addClass('rt-loading');
    options.loading = function (loading) {
        box.toggleClass('rt-loading', loading);
    };
};
