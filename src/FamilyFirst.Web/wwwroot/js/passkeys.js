// Passkeys (progressive enhancement; docs/adr/0020). Forms marked data-passkey="add" or data-passkey="sign-in" are
// shown only where the browser supports passkeys. On submit, the script asks the service for the options (a POST
// carrying the form's anti-forgery token), opens the browser's passkey dialog, puts the result in the form's
// Credential field and posts the form. If the dialog fails or is cancelled, the form is posted with the error's name in
// its Failure field, and the service answers with a GOV.UK error message. No inline script: this file is loaded from
// the service's own address, as the Content-Security-Policy requires.
const supported =
  typeof window.PublicKeyCredential === "function" &&
  typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function" &&
  typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";

async function optionsFor(form) {
  const body = new FormData();
  body.append("__RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
  const response = await fetch(form.dataset.options, {
    method: "POST",
    body,
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  if (!response.ok) {
    throw new Error("The service did not give passkey options (" + response.status + ")");
  }
  return response.json();
}

async function usePasskey(form) {
  const options = await optionsFor(form);
  if (form.dataset.passkey === "add") {
    return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
  }
  return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
}

if (supported) {
  document.querySelectorAll("[data-passkey-unsupported]").forEach((element) => {
    element.hidden = true;
  });
  document.querySelectorAll("[data-passkey-section]").forEach((element) => {
    element.hidden = false;
  });
  document.querySelectorAll("form[data-passkey]").forEach((form) => {
    if (form.dataset.passkeyReady) return;
    form.dataset.passkeyReady = "true";
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const credential = form.querySelector("input[name=Credential]");
      const failure = form.querySelector("input[name=Failure]");
      const name = form.querySelector("input[name=Name]");
      credential.value = "";
      failure.value = "";
      // A passkey without a name: the service says what to enter, before any dialog opens.
      if (name && name.value.trim() === "") {
        form.submit();
        return;
      }
      try {
        const created = await usePasskey(form);
        credential.value = JSON.stringify(created);
      } catch (error) {
        failure.value = (error && error.name) || "Error";
      }
      form.submit();
    });
  });
}
