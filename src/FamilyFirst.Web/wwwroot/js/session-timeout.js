// The warning before an idle sign-out (progressive enhancement: the server ends the session either way).
// A dialog opens a few minutes before the idle limit; "Stay signed in" renews the session in the background so
// the page and what has been typed on it stay as they are. If the limit passes, what was typed on the page's forms
// is kept in this tab's session storage, the person signs in again and comes back to the same page, and it is put
// back. Passwords, files and hidden fields (such as the anti-forgery token) are never kept.
const dialog = document.getElementById("session-timeout");
const storageKey = "familyfirst-typing:" + location.pathname + location.search;
const kept = "input:not([type=hidden]):not([type=password]):not([type=file]):not([type=submit]):not([type=button]), textarea, select";

function formsOnThePage() {
  return [...document.forms].filter((form) => !dialog || !dialog.contains(form));
}

function keepTyping() {
  const fields = [];
  formsOnThePage().forEach((form, formIndex) => {
    form.querySelectorAll(kept).forEach((field) => {
      if (!field.name) return;
      if (field.type === "radio" || field.type === "checkbox") {
        fields.push({ formIndex, name: field.name, value: field.value, checked: field.checked });
      } else if (field.value !== field.defaultValue || field.tagName === "SELECT") {
        fields.push({ formIndex, name: field.name, value: field.value });
      }
    });
  });
  if (fields.length > 0) {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(fields));
    } catch {
      // Storage full or refused: nothing more can be done.
    }
  }
}

function putTypingBack() {
  let fields;
  try {
    fields = JSON.parse(sessionStorage.getItem(storageKey) ?? "null");
    sessionStorage.removeItem(storageKey);
  } catch {
    return;
  }
  if (!Array.isArray(fields) || fields.length === 0) return;
  const forms = formsOnThePage();
  for (const saved of fields) {
    const form = forms[saved.formIndex];
    if (!form) continue;
    for (const field of form.querySelectorAll(kept)) {
      if (field.name !== saved.name) continue;
      if (field.type === "radio" || field.type === "checkbox") {
        if (field.value === saved.value) field.checked = saved.checked;
      } else {
        field.value = saved.value;
      }
    }
  }
  const main = document.getElementById("main-content");
  if (main) {
    const notice = document.createElement("div");
    notice.className = "govuk-inset-text";
    notice.textContent = "You were signed out because you had not used the service for a while. What you had typed has been put back: check it, then save it.";
    main.prepend(notice);
  }
}

putTypingBack();

if (dialog && typeof dialog.showModal === "function") {
  const idleSeconds = Number(dialog.dataset.idleSeconds);
  const warningSeconds = Number(dialog.dataset.warningSeconds);
  const countdown = dialog.querySelector(".app-session-dialog__countdown");
  const form = dialog.querySelector("form");
  let deadline = Date.now() + idleSeconds * 1000;

  const signOutNow = () => {
    keepTyping();
    location.assign(dialog.dataset.signIn);
  };

  const tick = () => {
    const left = Math.ceil((deadline - Date.now()) / 1000);
    if (left <= 0) {
      signOutNow();
      return;
    }
    if (left <= warningSeconds) {
      const minutes = Math.ceil(left / 60);
      countdown.textContent = left > 60 ? `${minutes} minutes` : `${left} seconds`;
      if (!dialog.open) dialog.showModal();
    }
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const response = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" }, credentials: "same-origin", redirect: "manual" });
      if (!response.ok) throw new Error("not signed in");
      // The server says how long the session now has (it counts from the last request it wrote down).
      const answer = await response.json().catch(() => ({}));
      deadline = Date.now() + Number(answer.idleSeconds ?? idleSeconds) * 1000;
      dialog.close();
    } catch {
      signOutNow();
    }
  });

  setInterval(tick, 1000);
}
