// Trip Viewer's exported page: plays the trip with the app's keys. Reads the trip from the
// JSON block #trip, builds the page, and never loads anything but the photos beside it.
"use strict";
(function () {
  const trip = JSON.parse(document.getElementById("trip").textContent);
  const photos = trip.photos;
  let current = 0;
  let typed = "";  // digits typed before Enter: go to that photo
  let playing = null;

  function element(tag, attributes, parent) {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === "text") made.textContent = value; else made.setAttribute(name, value);
    }
    if (parent) parent.appendChild(made);
    return made;
  }

  document.title = trip.title;
  const stage = element("div", {id: "stage"}, document.body);
  const image = element("img", {id: "photo", alt: ""}, stage);
  const missing = element("div", {id: "missing"}, stage);
  const words = element("div", {id: "words"}, document.body);
  const caption = element("div", {id: "caption"}, words);
  const details = element("div", {id: "details"}, words);
  const credit = element("span", {id: "credit"}, details);
  const label = element("span", {id: "label"}, details);
  const count = element("span", {id: "count"}, details);
  const strip = element("div", {id: "strip"}, document.body);
  element("div", {id: "axis"}, strip);
  const blank = element("div", {id: "blank"}, document.body);
  const help = element("div", {id: "help"}, document.body);
  const goto = element("div", {id: "goto"}, document.body);

  const left = (x) => `calc(2% + ${x} * 96%)`;
  for (const tick of trip.ticks) {
    const mark = element("div", {class: tick.major ? "tick major" : "tick"}, strip);
    mark.style.left = left(tick.x);
    if (tick.label) {
      const name = element("span", {text: tick.label}, mark);
      if (tick.x < 0.04) name.classList.add("first"); else if (tick.x > 0.96) name.classList.add("last");
    }
  }
  trip.stops.forEach((stop, index) => {
    const dot = element("div", {class: "stop", title: stop.name}, strip);
    dot.style.left = left(stop.x);
    const name = element("span", {text: stop.name}, dot);
    if (index % 2) name.classList.add("lower");  // two rows, as the app's strip: close stops both read
    if (stop.x < 0.05) name.classList.add("first"); else if (stop.x > 0.95) name.classList.add("last");
  });
  // Labels were spaced for a strip 1200 pixels wide: on a narrower one, a label that
  // would run into one already shown in its row is hidden (days before hours).
  function declutter() {
    const rows = [".tick.major span", ".tick:not(.major) span", ".stop span:not(.lower)", ".stop span.lower"];
    const days = [];
    rows.forEach((selector, row) => {
      let right = -Infinity;
      for (const label of strip.querySelectorAll(selector)) {
        label.style.visibility = "";
        const box = label.getBoundingClientRect();
        const hitsDay = row === 1 && days.some((day) => box.left < day.right + 4 && box.right > day.left - 4);
        if (box.left < right + 6 || hitsDay) {
          label.style.visibility = "hidden";
        } else {
          right = box.right;
          if (row === 0) days.push(box);
        }
      }
    });
  }

  const marks = photos.map((photo, index) => {
    const mark = element("div", {class: photo.timed ? "mark" : "mark untimed"}, strip);
    mark.style.left = left(photo.x);
    mark.title = [`${index + 1}. ${photo.caption || "No caption"}`, photo.label].filter(Boolean).join("\n");
    mark.dataset.index = String(index);
    return mark;
  });

  const table = element("table", {}, help);
  element("caption", {text: "Keys"}, table);
  for (const [keys, does] of trip.keys) {
    const row = element("tr", {}, table);
    element("td", {text: keys}, row);
    element("td", {text: does}, row);
  }
  const hint = element("tr", {}, table);
  element("td", {class: "hint", colspan: "2", text: "Escape or ? closes this"}, hint);

  function show(index) {
    current = Math.max(0, Math.min(photos.length - 1, index));
    const photo = photos[current];
    stage.classList.toggle("without", !photo.src);
    if (photo.src) {
      image.src = photo.src;
      image.alt = photo.caption || "";
    } else {
      image.removeAttribute("src");
      missing.textContent = "";
      element("div", {text: `Photo ${current + 1} is not in this export.`}, missing);
      if (photo.elsewhere) element("div", {class: "why", text: `The web story has it at ${photo.elsewhere}`}, missing);
    }
    caption.textContent = photo.caption || "No caption";
    caption.classList.toggle("none", !photo.caption);
    credit.textContent = photo.credit ? `Image: ${photo.credit}` : "No credit";
    credit.classList.toggle("none", !photo.credit);
    label.textContent = photo.label || "";
    count.textContent = `${current + 1} / ${photos.length}`;
    marks.forEach((mark, at) => mark.classList.toggle("current", at === current));
    const next = photos[current + 1];
    if (next && next.src) new Image().src = next.src;  // ready before it is asked for
    if (location.hash !== `#${current + 1}`) history.replaceState(null, "", `#${current + 1}`);
  }

  function play(on) {  // each photo stays its own seconds, as in the app's autoplay; stops at the end
    clearTimeout(playing);
    playing = on && current + 1 < photos.length
      ? setTimeout(() => { show(current + 1); play(true); }, photos[current].seconds * 1000) : null;
  }

  function blackout(colour) {
    blank.className = blank.className === colour ? "" : colour;
  }

  const NEXT = new Set(["ArrowRight", "ArrowDown", " ", "PageDown", "n", "N"]);
  const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "Backspace", "PageUp", "p", "P"]);

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const key = event.key;
    if (blank.className) {  // any key returns from a black or white screen
      blank.className = "";
      event.preventDefault();
      return;
    }
    if (help.classList.contains("open") && (key === "Escape" || key === "?" || key === "F1")) {
      help.classList.remove("open");
      event.preventDefault();
      return;
    }
    if (/^[0-9]$/.test(key)) {
      typed += key;
      goto.textContent = `Go to ${typed}`;
      goto.style.display = "block";
      return;
    }
    const number = typed;
    typed = "";
    goto.style.display = "none";
    if (key === "Enter") {
      show(number ? Number(number) - 1 : current + 1);
    } else if (NEXT.has(key)) {
      show(current + 1);
    } else if (PREVIOUS.has(key)) {
      show(current - 1);
    } else if (key === "Home") {
      show(0);
    } else if (key === "End") {
      show(photos.length - 1);
    } else if (key === "b" || key === "B" || key === ".") {
      blackout("black");
    } else if (key === "w" || key === "W" || key === ",") {
      blackout("white");
    } else if (key === "t" || key === "T") {
      document.body.classList.toggle("nostrip");
    } else if (key === "s" || key === "S") {
      play(playing === null);
    } else if (key === "f" || key === "F") {
      if (document.fullscreenElement) document.exitFullscreen(); else document.documentElement.requestFullscreen();
    } else if (key === "?" || key === "F1") {
      help.classList.add("open");
    } else {
      return;
    }
    event.preventDefault();
  });

  strip.addEventListener("click", (event) => {
    const box = strip.getBoundingClientRect();
    const x = (event.clientX - box.left - box.width * 0.02) / (box.width * 0.96);
    const target = event.target.dataset && event.target.dataset.index;
    if (target !== undefined) { show(Number(target)); return; }
    let nearest = 0;
    photos.forEach((photo, index) => {
      if (Math.abs(photo.x - x) < Math.abs(photos[nearest].x - x)) nearest = index;
    });
    show(nearest);
  });
  stage.addEventListener("click", () => show(current + 1));
  stage.addEventListener("wheel", (event) => {
    event.preventDefault();
    show(current + (event.deltaY > 0 ? 1 : -1));
  }, {passive: false});

  declutter();
  window.addEventListener("resize", declutter);
  const start = Number((location.hash || "#1").slice(1));
  show(Number.isInteger(start) && start > 0 ? start - 1 : 0);
})();
