// Upload progress: poll the job's JSON twin until it is done, then show what each file added.
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var bar = document.getElementById("job-bar");

  function cell(row, value, href) {
    var td = document.createElement("td");
    if (href) { var a = document.createElement("a"); a.href = href; a.textContent = value; td.appendChild(a); }
    else { td.textContent = value; }
    row.appendChild(td);
  }

  function render(job) {
    document.getElementById("job-state").textContent = job.state;
    document.getElementById("job-done").textContent = job.done;
    bar.style.width = (job.total ? 100 * job.done / job.total : 0) + "%";
    bar.parentNode.setAttribute("aria-valuenow", job.done);
    var body = document.querySelector("#job-results tbody");
    body.replaceChildren();
    job.results.forEach(function (r) {
      var tr = document.createElement("tr");
      cell(tr, r.file);
      cell(tr, r.status + (r.reason ? ": " + r.reason : ""));
      var counts = Object.keys(r.counts).map(function (k) { return r.counts[k] + " " + k; }).join(", ");
      if (r.document_id) { cell(tr, "document · " + counts, "/document/" + r.document_id); } else { cell(tr, counts); }
      body.appendChild(tr);
    });
    box.setAttribute("data-state", job.state);
  }

  function poll() {
    fetch(box.getAttribute("data-src"), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (job) { render(job); if (job.state !== "done") { window.setTimeout(poll, 400); } });
  }
  poll();
})();
