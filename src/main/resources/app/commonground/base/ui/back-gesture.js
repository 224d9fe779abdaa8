// The back gesture (and the browser's back button) closes an open dialog instead of leaving the page: each
// dialog that asks for it gets an entry of its own in the history while it is open (see BackGesture.java).
(() => {
  const entries = []; // the dialogs with an entry of their own, the innermost last: {dialog, token, below}
  let ownSteps = 0; // back steps taken here to drop the entry of a dialog closed another way

  const resolved = address => new URL(address, document.baseURI).href;

  window.commonGround = Object.assign(window.commonGround || {}, {
    /** Gives an opening dialog its entry; open and closed, if given: where the page is with it open and shut. */
    dialogOpened(dialog, token, open, closed) {
      const address = open && closed ? {open, closed} : null;
      const stale = history.state && history.state.dialog && entries.length === 0; // an entry left by a reload
      if (address && !stale) {
        history.replaceState(history.state, '', address.closed);
      }
      const below = address ? resolved(address.closed) : location.href;
      const state = Object.assign({}, history.state, {dialog: token});
      const url = address ? address.open : location.href;
      if (stale) {
        history.replaceState(state, '', url);
      } else {
        history.pushState(state, '', url);
      }
      entries.push({dialog, token, below});
    },

    /** A dialog closed by its own buttons or Esc: its entry goes, unless the page has moved on meanwhile. */
    dialogClosed(token) {
      const index = entries.findIndex(entry => entry.token === token);
      if (index < 0) {
        return; // closed by the back gesture: its entry is gone already
      }
      entries.splice(index, 1);
      setTimeout(() => {
        if (history.state && history.state.dialog === token) {
          ownSteps++;
          history.back();
        }
      });
    }
  });

  // Runs before the router's own listener, and keeps from it the steps that only close a dialog.
  window.addEventListener('popstate', event => {
    if (ownSteps > 0) {
      ownSteps--;
      event.stopImmediatePropagation();
      return;
    }
    while (entries.length && !(entries.at(-1).dialog.isConnected && entries.at(-1).dialog.opened)) {
      entries.pop(); // a dialog that left the page without closing
    }
    const entry = entries.at(-1);
    if (!entry || (history.state && history.state.dialog === entry.token)) {
      return;
    }
    entries.pop();
    entry.dialog.dispatchEvent(new CustomEvent('back-gesture'));
    if (location.href === entry.below) {
      event.stopImmediatePropagation();
    }
  }, {capture: true});
})();
