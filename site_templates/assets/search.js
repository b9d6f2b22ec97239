/* guidegraph site search: works from file:// with no server. Data files are plain scripts that call
   ggSearch.add(name, data); they are loaded on demand with <script> elements (not fetch, which
   file:// pages may not use). Words are stemmed exactly as the Python side (search.py) stems them
   when it builds the index: this file carries a port of whoosh's Porter stemmer. */
(function () {
  "use strict";

  var G = window.ggSearch = window.ggSearch || {};
  G.data = {};
  var waiting = {};
  var base = (function () {
    var src = document.currentScript ? document.currentScript.src : "";
    return src ? src.replace(/assets\/search\.js(\?.*)?$/, "") : "";
  })();

  /* ---- Porter stemmer, as whoosh.lang.porter.stem (its quirks included, so both sides agree) ---- */
  var step2list = {ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble",
    alli: "al", entli: "ent", eli: "e", ousli: "ous", ization: "ize", ation: "ate", ator: "ate", alism: "al",
    iveness: "ive", fulness: "ful", ousness: "ous", aliti: "al", iviti: "ive", biliti: "ble", logi: "log"};
  var step3list = {icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: ""};
  var C = "[^aeiouy]+", V = "[aeiou]+", v = "[aeiouy]";
  var mgr0 = new RegExp("^(" + C + ")?" + V + C);
  var meq1 = new RegExp("^(" + C + ")?" + V + C + "(" + V + ")?$");
  var mgr1 = new RegExp("^(" + C + ")?" + V + C + V + C);
  var sV = new RegExp("^(" + C + ")?" + v);
  var cV = new RegExp("^" + C + v + "[^aeiouwxy]$");
  var edIng = /^(.*)(ed|ing)$/;
  var atBlIz = /^(at|bl|iz)$/; /* Python re.match anchors at the start only: whoosh's rule fires on whole words */
  var step1b = /^([^aeiouylsz])\1$/;
  var step2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
  var step3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
  var step41 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
  var step42 = /^(.+?)(s|t)(ion)$/;
  var step5 = /^(.+?)e$/;

  function stem(w) {
    if (w.length < 3) { return w; }
    var firstY = w.charAt(0) === "y";
    if (firstY) { w = "Y" + w.slice(1); }
    var m, s;
    if (w.slice(-1) === "s") {
      if (w.slice(-4) === "sses" || w.slice(-3) === "ies") { w = w.slice(0, -2); }
      else if (w.charAt(w.length - 2) !== "s") { w = w.slice(0, -1); }
    }
    if (w.slice(-3) === "eed") {
      if (mgr0.test(w.slice(0, -3))) { w = w.slice(0, -1); }
    } else if ((m = edIng.exec(w)) && sV.test(m[1])) {
      w = m[1];
      if (atBlIz.test(w)) { w += "e"; }
      else if (step1b.test(w)) { w = w.slice(0, -1); }
      else if (cV.test(w)) { w += "e"; }
    }
    if (w.slice(-1) === "y" && sV.test(w.slice(0, -1))) { w = w.slice(0, -1) + "i"; }
    if ((m = step2.exec(w)) && mgr0.test(m[1])) { w = m[1] + step2list[m[2]]; }
    if ((m = step3.exec(w)) && mgr0.test(m[1])) { w = m[1] + step3list[m[2]]; }
    if ((m = step41.exec(w))) {
      if (mgr1.test(m[1])) { w = m[1]; }
    } else if ((m = step42.exec(w))) {
      s = m[1] + m[2];
      if (mgr1.test(s)) { w = s; }
    }
    if ((m = step5.exec(w))) {
      s = m[1];
      if (mgr1.test(s) || (meq1.test(s) && !cV.test(s))) { w = s; }
    }
    if (w.slice(-2) === "ll" && mgr1.test(w)) { w = w.slice(0, -1); }
    if (firstY) { w = "y" + w.slice(1); }
    return w;
  }

  /* ---- Tokens: the same rule as search.py `words` and `terms` ---- */
  function words(text) {
    var t = text.replace(/[\u00b2\u00b3\u00b9\u2070-\u209f]/g, " ") /* footnote marks end a word */
      .normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    return t.replace(/['\u2018\u2019\u02bc]/g, "").match(/[a-z0-9]+/g) || [];
  }
  var stop = Object.create(null); /* no inherited keys: "constructor" is a word */
  var stems = new Map(); /* each word is stemmed once: snippets stem every word they show */
  function cachedStem(word) {
    var found = stems.get(word);
    if (found === undefined) { found = stem(word); stems.set(word, found); }
    return found;
  }
  function terms(text) {
    return spelled(words(text)).filter(function (w) { return !stop[w]; }).map(cachedStem);
  }
  /* Provisions and ages written one way, as the command line writes them (search.py `spelled`, the
     lists of analysis.LegalRefFilter and AgeFilter): "s47" and "s 47" are "section 47", number words
     to twenty are digits, and "16 year old" is "16 age", as "aged 16" stems to "ag 16". */
  var PREFIXES = new Map([["s", "section"], ["ss", "section"], ["sec", "section"], ["art", "article"],
    ["arts", "article"]]);
  var NUMBERED = /^(s|ss|sec|art|arts)(\d\w*)$/, AGE_UNITS = /^(years?|months?|weeks?)$/;
  var NUMBER_WORDS = new Map(("zero one two three four five six seven eight nine ten eleven twelve " +
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty").split(" ").map(function (w, n) {
    return [w, String(n)];
  }));
  function spelled(found) {
    if (!found.some(function (w) { return NUMBER_WORDS.has(w) || /\d/.test(w); })) { return found; }
    return ages(legalRefs(found));
  }
  function legalRefs(found) {
    var out = [], pending = null;
    found.forEach(function (w) {
      if (pending !== null) { out.push(/^\d/.test(w) ? PREFIXES.get(pending) : pending); pending = null; }
      var m = NUMBERED.exec(w);
      if (m) { out.push(PREFIXES.get(m[1]), m[2]); }
      else if (PREFIXES.has(w)) { pending = w; } /* "s" alone is a prefix only when a number follows */
      else { out.push(w); }
    });
    if (pending !== null) { out.push(pending); }
    return out;
  }
  /* "one" stays a word but in an age ("one of our pupils"), as in search.py `spelled`. */
  function ages(found) {
    var out = [], pending = []; /* a number as written, then perhaps its unit, waiting for "old" */
    function flush() {
      pending.forEach(function (w) { out.push(w === "one" ? w : NUMBER_WORDS.get(w) || w); });
      pending = [];
    }
    found.forEach(function (w) {
      if (/^\d+$/.test(NUMBER_WORDS.get(w) || w)) {
        flush();
        pending = [w];
      } else if (pending.length === 1 && AGE_UNITS.test(w)) {
        pending.push(w);
      } else if (pending.length === 2 && w === "old") {
        var number = NUMBER_WORDS.get(pending[0]) || pending[0], unit = pending[1].replace(/s$/, "");
        out.push.apply(out, unit === "year" ? [number, "age"] : [number, unit, "age"]);
        pending = [];
      } else {
        flush();
        out.push(w);
      }
    });
    flush();
    return out;
  }
  G.stem = stem;
  G.terms = terms;

  /* ---- Loading data files ---- */
  G.add = function (name, data) {
    G.data[name] = data;
    (waiting[name] || []).forEach(function (resolve) { resolve(data); });
    delete waiting[name];
    if (name === "meta") { start(data); }
  };
  function load(name) {
    if (G.data[name]) { return Promise.resolve(G.data[name]); }
    return new Promise(function (resolve, reject) {
      if (!waiting[name]) {
        waiting[name] = [];
        var script = document.createElement("script");
        script.src = base + "search/" + name + ".js";
        script.onerror = function () { reject(new Error("cannot load " + name)); };
        document.head.appendChild(script);
      }
      waiting[name].push(resolve);
    });
  }
  function shardOf(term, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % shards;
  }
  function postings(meta, stems) {
    var names = {};
    stems.forEach(function (s) { names["t" + shardOf(s, meta.termShards)] = true; });
    return Promise.all(Object.keys(names).sort().map(load)).then(function () {
      var out = {};
      stems.forEach(function (s) {
        var flat = unpack(G.data["t" + shardOf(s, meta.termShards)][s] || "", meta.postingWidth);
        var map = new Map(), doc = 0;
        for (var i = 0; i < flat.length; i += 2) { doc += flat[i]; map.set(doc, flat[i + 1]); }
        out[s] = map;
      });
      return out;
    });
  }
  /* A term's postings [gap, weight, gap, weight, ...]: search.py writes them as base64 of little-endian
     unsigned integers of `width` bytes each. */
  function unpack(packed, width) {
    var raw = atob(packed), out = new Array(raw.length / width);
    for (var i = 0; i < out.length; i++) {
      var value = 0;
      for (var k = width - 1; k >= 0; k--) { value = value * 256 + raw.charCodeAt(i * width + k); }
      out[i] = value;
    }
    return out;
  }
  G.unpack = unpack;
  function docs(meta, ids) {
    var names = {};
    ids.forEach(function (id) { names["d" + Math.floor(id / meta.docShardSize)] = true; });
    return Promise.all(Object.keys(names).sort().map(load)).then(function () {
      var out = {};
      ids.forEach(function (id) {
        var row = G.data["d" + Math.floor(id / meta.docShardSize)][id % meta.docShardSize];
        out[id] = {title: row[0], url: row[1], sub: meta.subs[row[2]], text: row[3]};
      });
      return out;
    });
  }

  /* ---- Queries: words, "phrases", and aliases from the graph's labels ---- */
  function parse(query) {
    var phrases = [], plain = [], re = /"([^"]+)"|(\S+)/g, m;
    while ((m = re.exec(query))) {
      if (m[1] !== undefined) {
        var p = terms(m[1]);
        if (p.length) { phrases.push(p); }
      } else { plain.push(m[2].replace(/"/g, "")); }
    }
    var typed = spelled(words(query.replace(/"/g, " "))).filter(function (w) { return !stop[w]; });
    var all = typed.map(cachedStem); /* as terms(query), each stem beside the word typed */
    return {phrases: phrases.map(pairsOf), phraseStems: phrases, stems: unique(all), sequence: all,
      words: typed, compounds: compoundsOf(query)};
  }
  /* Hyphenated words typed ("well-being", "co-operation") as the stems of their parts and of the word
     written solid ("wellbeing"): one word, never two apart (as query._compounds). */
  function compoundsOf(query) {
    var found = [], re = /[A-Za-z]+(?:-[A-Za-z]+)+/g, m;
    while ((m = re.exec(query))) {
      var edges = query.charAt(m.index - 1) + query.charAt(m.index + m[0].length);
      var parts = terms(m[0].replace(/-/g, " ")), solid = terms(m[0].replace(/-/g, ""));
      if (!/[\w-]/.test(edges) && parts.length === m[0].split("-").length && solid.length === 1) {
        found.push({stems: parts, solid: solid[0]});
      }
    }
    return found;
  }
  /* The pairs of neighbouring stems, indexed as terms of their own by search.py. */
  function neighbours(stems) {
    var pairs = [];
    for (var i = 0; i + 1 < stems.length; i++) { pairs.push(stems[i] + " " + stems[i + 1]); }
    return pairs;
  }
  /* A phrase's terms: its pairs, or its one word. */
  function pairsOf(stems) { return stems.length < 2 ? stems.slice() : neighbours(stems); }
  function unique(list) {
    var seen = {};
    return list.filter(function (x) { return seen[x] ? false : (seen[x] = true); });
  }
  function indexOfRun(seq, run) {
    outer: for (var i = 0; i + run.length <= seq.length; i++) {
      for (var j = 0; j < run.length; j++) { if (seq[i + j] !== run[j]) { continue outer; } }
      return i;
    }
    return -1;
  }
  /* ---- Scoring as the command line scores (query.plan, rank.rescore): the query is a list of
     units, each a word typed or a label of the vocabulary found in it, and a unit counts its best
     option: itself, or one of its group's other labels at a lower weight. ---- */
  var MAX_ALTERNATIVES = 16; /* a unit's, as query.MAX_ALTERNATIVES */
  var MAX_LABELS = 50; /* the query's alternatives: each is looked up, perhaps in a term shard of its own */
  var EXPANSION_WEIGHT = 0.6; /* an alias counts for less than the word typed */
  var LABEL_APART = 0.6; /* a typed label's words apart; a label made of typed words */
  var FAMILY_WEIGHT = 0.9; /* an alias of the typed word's own family is nearly the word itself */
  var MINOR_WEIGHT = 0.3; /* a question word ("which", "allowed") shapes the question, not its topic */
  var EXPAND_BELOW = 0.05; /* a word in more documents than this share is the guidance's own: not expanded */
  var FAMILY_PREFIX = 5, FAMILY_SHARE = 0.8; /* as analysis.FAMILY_PREFIX and FAMILY_SHARE */
  /* A label's stems: search.py joins those of a label matching only typed hyphenated ("say-so",
     query.one_word_only) by hyphens. */
  function stemsOf(label) { return label.split(/[ -]/); }
  var groupsOfLabel = null, longestLabel = 1; /* stems -> their labels' alias groups, made once */
  var typedApart = new Set(); /* stems of a label that matches typed apart too */
  function labelIndex(meta) {
    if (!groupsOfLabel) {
      groupsOfLabel = new Map();
      meta.aliases.forEach(function (group) {
        group.forEach(function (label) {
          var key = stemsOf(label).join(" ");
          groupsOfLabel.set(key, (groupsOfLabel.get(key) || []).concat([group]));
          if (label === key) { typedApart.add(key); }
          longestLabel = Math.max(longestLabel, stemsOf(label).length);
        });
      });
    }
    return groupsOfLabel;
  }
  /* The query's units, longest label first where one starts (query.Expander.units), each with the
     other labels of its groups, shortest first; a unit typed twice counts once. A label matching
     only typed hyphenated ("say-so") is no unit where its words are typed apart ("say so"). */
  function units(meta, q) {
    var index = labelIndex(meta), found = [], seen = {}, i = 0;
    var typed = objectsLeftOut(meta, index, q), seq = typed.stems;
    var joined = new Set(q.compounds.map(function (c) { return c.stems.join(" "); }));
    while (i < seq.length) {
      for (var n = Math.min(longestLabel, seq.length - i); n >= 1; n--) {
        var key = seq.slice(i, i + n).join(" ");
        var groups = typedApart.has(key) || joined.has(key) ? index.get(key) || [] : [];
        if (groups.length || n === 1) {
          found.push({stems: seq.slice(i, i + n), alternatives: alternativesOf(meta, groups, key),
            kin: n === 1 ? kinOf(typed.words[i], seq[i]) : []});
          i += n;
          break;
        }
      }
    }
    return joinCompounds(found, q.compounds).filter(function (unit) {
      var key = unit.stems.join(" ");
      return seen[key] ? false : (seen[key] = true);
    });
  }
  /* The words typed and their stems without the object standing between a verb and its particle
     where the two are a label ("write anything down", "hand them over"), nor a word of degree within
     a label ("agrees to absolutely everything"): Expander._objects_left_out. */
  function objectsLeftOut(meta, index, q) {
    var stems = q.sequence.slice(), words = q.words.slice();
    for (var i = stems.length - 3; i >= 0; i--) {
      var key = stems[i] + " " + stems[i + 2];
      var between = meta.objectWords.indexOf(words[i + 1]) >= 0 && meta.particles.indexOf(words[i + 2]) >= 0 ||
        meta.degreeWords.indexOf(words[i + 1]) >= 0;
      if (between && typedApart.has(key) && index.has(key)) {
        stems.splice(i + 1, 1);
        words.splice(i + 1, 1);
      }
    }
    return {stems: stems, words: words};
  }
  /* Keeps each unit's alternatives worth looking up, MAX_LABELS in all (`lists` holds the typed
     words' postings): the typed word's own other forms, and the aliases of a word the guidance
     seldom uses (one it uses a lot is already its own word, as query._needs_expanding). */
  function keepWorthLooking(meta, planned, lists) {
    var worth = planned.map(function (unit) {
      var expanding = unit.stems.length > 1 || lists[unit.stems[0]].size <= EXPAND_BELOW * meta.docs;
      return unit.alternatives.filter(function (alt) { return expanding || kinWeight(unit, alt, 1) !== null; });
    });
    var kept = planned.map(function () { return []; }), left = MAX_LABELS;
    for (var k = 0; left > 0 && worth.some(function (alts) { return alts.length > k; }); k++) {
      worth.forEach(function (alts, i) { /* each unit's k-th, in turn: no unit takes all */
        if (k < alts.length && left > 0) { kept[i].push(alts[k]); left--; }
      });
    }
    planned.forEach(function (unit, i) { unit.alternatives = kept[i]; });
  }
  /* The units with each hyphenated word typed as one (as query._join_compounds), its solid spelling
     among its alternatives. */
  function joinCompounds(found, compounds) {
    function spelled(units) { return [].concat.apply([], units.map(function (u) { return u.stems; })).join(" "); }
    var out = [], i = 0;
    while (i < found.length) {
      var compound = compounds.filter(function (c) {
        return found[i].stems.length < c.stems.length && spelled(found.slice(i, i + c.stems.length)) === c.stems.join(" ");
      })[0];
      out.push(compound ? {stems: compound.stems, alternatives: [], kin: []} : found[i]);
      i += compound ? compound.stems.length : 1;
    }
    out.forEach(function (unit) {
      compounds.forEach(function (c) {
        if (spelled([unit]) !== c.stems.join(" ")) { return; }
        unit.solid = c.solid;
        if (!unit.alternatives.some(function (alt) { return alt.join(" ") === c.solid; })) {
          unit.alternatives = [[c.solid]].concat(unit.alternatives);
        }
      });
    });
    return out;
  }
  /* A unit's aliases, the guidance's own words first (meta.guidance), then the shortest
     (query.Expander._alternatives). */
  function alternativesOf(meta, groups, key) {
    var labels = unique([].concat.apply([], groups)).filter(function (label) { return stemsOf(label).join(" ") !== key; });
    var guidance = new Set(meta.guidance || []);
    labels.sort(function (a, b) {
      return (guidance.has(b) - guidance.has(a)) || stemsOf(a).length - stemsOf(b).length ||
        (stemsOf(a).join(" ") < stemsOf(b).join(" ") ? -1 : stemsOf(a).join(" ") > stemsOf(b).join(" ") ? 1 : 0);
    });
    return labels.slice(0, MAX_ALTERNATIVES).map(stemsOf);
  }
  /* Forms of a typed word's family that the stemmer keeps apart, each with when the guidance writes
     it so (as query.plan's verb_family, agent_family, with_its_g, lesser_degrees and _hyphenated):
     an -ate verb's other stem where the guidance writes that one more ("investigating": "investig",
     as "investigation"), the work an agent noun names where the guidance never writes the agent
     ("auditors": "audit"), an -ing word typed with its g dropped where the guidance never writes it
     so ("askin": "ask"), a superlative's lesser degrees where the guidance never writes it
     ("safest": "safer", "safe"), and a word typed solid that the guidance may hyphenate ("reassessment": "re assess"). */
  var ATE_FORMS = [["ating", "ate"], ["ated", "ate"], ["ations", "ated"], ["ation", "ated"], ["ates", "ated"],
    ["ate", "ated"]];
  var AGENT_ENDINGS = ["ors", "ers", "or", "er"];
  var HYPHENATED_PREFIXES = ["re", "co", "pre", "non", "multi", "inter", "anti", "post"];
  function kinOf(word, typed) {
    var found = [], verb = otherForm(word, ATE_FORMS, 3), agent = otherForm(word, AGENT_ENDINGS, 4);
    if (verb && verb !== typed) {
      found.push({stems: [verb], written: function (lists) { return lists[verb].size > lists[typed].size; }});
    }
    [agent, withItsG(word)].concat(lesserDegrees(word)).forEach(function (kin) {
      if (kin) { found.push({stems: [kin], written: function (lists) { return !lists[typed].size && lists[kin].size > 0; }}); }
    });
    HYPHENATED_PREFIXES.forEach(function (prefix) {
      var rest = word.slice(prefix.length);
      if (word.indexOf(prefix) === 0 && rest.length >= 4 && /^[a-z]/.test(rest)) {
        var parts = [prefix, cachedStem(rest)];
        found.push({stems: parts, written: function (lists) { return parts.every(function (s) { return lists[s].size; }); }});
      }
    });
    return found;
  }
  /* The stems of a superlative's comparative and plain adjective ("safest": "safer", "safe"; "biggest":
     "bigger", "big"), as query.lesser_degrees; whether it is one is for the guidance to say. */
  var SUPERLATIVE_LETTERS = 6;
  function lesserDegrees(word) {
    if (word.length < SUPERLATIVE_LETTERS || word.slice(-3) !== "est") { return []; }
    if (word.slice(-4) === "iest") { return [cachedStem(word.slice(0, -4) + "ier"), cachedStem(word.slice(0, -4) + "y")]; }
    var base = word.slice(0, -3), forms = [base + "er", base + "e", base];
    if (base[base.length - 1] === base[base.length - 2] && "aeiou".indexOf(base[base.length - 1]) < 0) {
      forms.push(base.slice(0, -1));
    }
    return unique(forms.map(cachedStem));
  }
  /* An -ing word typed as spoken, its g dropped ("askin"): the stem with its g (as query.with_its_g). */
  function withItsG(word) {
    return word.length >= 4 && word.slice(-2) === "in" ? cachedStem(word + "g") : null;
  }
  /* The stem of `word` with the first of `endings` ([ending, replacement] or an ending to drop) it
     ends in replaced, where at least `base` letters stay; null where none fits. */
  function otherForm(word, endings, base) {
    for (var i = 0; i < endings.length; i++) {
      var ending = [].concat(endings[i]), cut = word.length - ending[0].length;
      if (cut >= base && word.slice(cut) === ending[0]) { return cachedStem(word.slice(0, cut) + (ending[1] || "")); }
    }
    return null;
  }
  function kinStems(planned) {
    return [].concat.apply([], planned.map(function (unit) { return unit.kin.map(function (kin) { return kin.stems; }); }));
  }
  /* Two stems of one word's family that the stemmer kept apart ("confid" of confidence and
     "confidenti" of confidential): they share all but a short ending (as analysis.same_family). */
  function sameFamily(a, b) {
    var shared = 0;
    while (shared < Math.min(a.length, b.length) && a.charAt(shared) === b.charAt(shared)) { shared++; }
    return a !== b && shared >= FAMILY_PREFIX && shared >= FAMILY_SHARE * Math.min(a.length, b.length);
  }
  /* The query's question words (meta.minor, the command line's), unless it has no other words. */
  function minorOf(meta, q) {
    var minor = {}, known = {};
    meta.minor.forEach(function (s) { known[s] = true; });
    if (q.stems.some(function (s) { return !known[s]; })) {
      q.stems.forEach(function (s) { if (known[s]) { minor[s] = true; } });
    }
    return minor;
  }
  /* Each unit's options [{stems, weight, apart}] (query.plan): an alternative weighs less the
     commoner it is than the word typed, and one that no document holds is left out. */
  function options(meta, q, planned, lists) {
    var minor = minorOf(meta, q);
    function frequency(stems) { return Math.min.apply(null, stems.map(function (s) { return lists[s].size; })); }
    return planned.map(function (unit) {
      var isMinor = unit.stems.every(function (s) { return minor[s]; }), typed = isMinor ? MINOR_WEIGHT : 1;
      var apart = unit.stems.length > 1 && !unit.solid ? LABEL_APART : 0; /* "well" and "be" are not "well-being" */
      var found = [{stems: unit.stems, weight: typed, apart: apart}];
      unit.kin.forEach(function (kin) {
        if (kin.written(lists)) { found.push({stems: kin.stems, weight: typed * FAMILY_WEIGHT, apart: 0}); }
      });
      var typedFrequency = Math.max(1, frequency(unit.stems));
      unit.alternatives.forEach(function (alt) {
        var altFrequency = frequency(alt);
        var weight = altFrequency ? kinWeight(unit, alt, typed) : 0; /* no document holds it: it cannot match */
        if (weight === null) {
          var specificity = Math.log(1 + meta.docs / altFrequency) / Math.log(1 + meta.docs / typedFrequency);
          weight = EXPANSION_WEIGHT * Math.min(1, specificity); /* "section 47" for "child protection" drifts */
        }
        if (weight) { found.push({stems: alt, weight: weight, apart: 0}); }
      });
      return {options: found, topical: !isMinor};
    });
  }
  /* The weight of an alternative that is the typed word itself in another form, however common it
     is; null for any other. */
  function kinWeight(unit, alt, typed) {
    if (alt[0] === unit.solid) { return typed * FAMILY_WEIGHT; } /* the same word written solid */
    if (alt.every(function (s) { return unit.stems.indexOf(s) >= 0; })) { return typed * LABEL_APART; }
    var family = alt.length === 1 && unit.stems.length === 1 && sameFamily(unit.stems[0], alt[0]);
    return family ? typed * FAMILY_WEIGHT : null; /* "confidentiality" is "confidence" */
  }
  /* BM25 of each document for the units: a unit counts its best option, a label of several words
     only where they stand side by side (the pairs of neighbouring stems the index keeps) or, for
     one typed, a share where they stand apart. */
  function score(meta, q, lists, planned) {
    var scores = new Map(), covered = new Map(), topical = 0;
    options(meta, q, planned, lists).forEach(function (unit) {
      var best = new Map();
      unit.options.forEach(function (option) { bestOf(option, lists, best); });
      if (unit.topical) { topical += 1; }
      best.forEach(function (value, doc) {
        scores.set(doc, (scores.get(doc) || 0) + value);
        if (unit.topical) { covered.set(doc, (covered.get(doc) || 0) + 1); }
      });
    });
    var ranked = [];
    scores.forEach(function (value, doc) {
      if (!hasPhrases(q, lists, doc)) { return; }
      var coverage = (covered.get(doc) || 0) / Math.max(1, topical);
      /* The share of the question a result holds scales its score, where an entity (a myth, an Act)
         should answer all of it, and in the score the law is ranked by; a passage says things in the
         guidance's own words, so there a rare word it shares ("email") counts for more than how many
         it shares (the share's square root only), much as on the command line. */
      var shown = kindOf(meta, doc)[0] === "passage" ? Math.sqrt(coverage) : coverage;
      ranked.push([doc, value * shown, value * coverage]); /* [doc, as shown, to rank the law by] */
    });
    ranked.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return ranked;
  }
  /* Each document's score for `option` into `best`, where higher than the unit's other options'.
     Its words stand side by side where the document holds their pairs; a pair the index leaves out
     (found in one document only) may be in any document holding all the words: each is given the
     chance of being that one. */
  function bestOf(option, lists, best) {
    var maps = option.stems.map(function (s) { return lists[s]; });
    var pairs = neighbours(option.stems).map(function (p) { return lists[p]; });
    var holding = new Map(); /* document -> its total weight for the words, where it holds them all */
    maps.slice().sort(function (a, b) { return a.size - b.size; })[0].forEach(function (w, doc) {
      var total = 0;
      for (var k = 0; k < maps.length; k++) {
        if (!maps[k].has(doc)) { return; }
        total += maps[k].get(doc);
      }
      holding.set(doc, total);
    });
    holding.forEach(function (total, doc) {
      var together = pairs.every(function (m) { return m.has(doc); });
      var perhaps = pairs.every(function (m) { return m.has(doc) || !m.size; }) ? 1 / holding.size : 0;
      var value = option.weight * total * (together ? 1 : Math.max(option.apart, perhaps));
      if (value > (best.get(doc) || 0)) { best.set(doc, value); }
    });
  }

  /* A document holds each phrase's pairs; for a pair the index leaves out (found in one document
     only), it holds the phrase's words, and `verify` then checks its text. */
  function hasPhrases(q, lists, doc) {
    return q.phrases.every(function (keys, i) {
      return keys.every(function (key) { return !lists[key].size || lists[key].has(doc); }) &&
        q.phraseStems[i].every(function (s) { return lists[s].has(doc); });
    });
  }
  function hasRun(text, run) { return indexOfRun(terms(text), run) >= 0; }
  function verify(meta, q, lists, ranked) {
    var loose = q.phraseStems.filter(function (p, i) {
      return q.phrases[i].some(function (key) { return !lists[key].size; });
    });
    if (!loose.length) { return Promise.resolve(ranked); }
    var top = ranked.slice(0, 200);
    return docs(meta, top.map(function (r) { return r[0]; })).then(function (rows) {
      return top.filter(function (r) {
        var d = rows[r[0]];
        return loose.every(function (p) { return hasRun(d.title, p) || hasRun(d.text, p); });
      });
    });
  }

  /* A page searched as several documents (a myth's wordings, meta.samePage: each follows its page's
     first) is listed once, found by its best document. */
  var pageOf = new Map();
  function onePerPage(meta, ranked) {
    if (!meta.samePage.length) { return ranked; }
    if (!pageOf.size) {
      meta.samePage.forEach(function (doc) { pageOf.set(doc, pageOf.has(doc - 1) ? pageOf.get(doc - 1) : doc - 1); });
    }
    var seen = new Set();
    return ranked.filter(function (r) {
      var page = pageOf.has(r[0]) ? pageOf.get(r[0]) : r[0];
      return seen.has(page) ? false : (seen.add(page), true);
    });
  }

  /* A passage that repeats a better one (the same advice copied into another document) goes after
     the other results, as search_hits.repeats_last puts it: it would take the place of other advice.
     The data file "copies" lists the passages of each word set held more than once or near another's
     (`sets`), and the pairs of those sets that are near (`near`; search.py compares the words). */
  var copyOf = null, nearOf = new Map();
  function repeatsLast(copies, ranked) {
    if (!copyOf) {
      copyOf = new Map();
      copies.sets.forEach(function (docs, set) { docs.forEach(function (doc) { copyOf.set(doc, set); }); });
      copies.near.forEach(function (pair) {
        nearOf.set(pair[0], (nearOf.get(pair[0]) || []).concat([pair[1]]));
        nearOf.set(pair[1], (nearOf.get(pair[1]) || []).concat([pair[0]]));
      });
    }
    var kept = new Set(), first = [], repeats = [];
    ranked.forEach(function (r) {
      var set = copyOf.get(r[0]);
      if (set === undefined) { first.push(r); return; }
      var repeat = kept.has(set) || (nearOf.get(set) || []).some(function (other) { return kept.has(other); });
      if (repeat) { repeats.push(r); } else { kept.add(set); first.push(r); }
    });
    var out = first.concat(repeats);
    out.why = ranked.why;
    return out;
  }

  /* ---- The law behind the best results, ranked with them (the site's answer to `which-act`) ---- */
  var LAW_FROM = 20; /* the best results whose legal bases are ranked */
  var LAW_SHARE = 0.5; /* the share of a result's score its legal bases gain, split between them */
  var POPULARITY_DAMPING = 0.5; /* law resting under everything is found by any question: as which-act */
  /* The kinds of result whose law is ranked, as which-act's seeds: a case example's long story shares
     everyday words with any question, and its passages lead to its law; a principle rests on none. */
  var LAW_SEEDS = ["passage", "myth", "provision"];
  function cites(meta, ids) {
    var names = {};
    ids.forEach(function (id) { names["c" + Math.floor(id / meta.citeShardSize)] = true; });
    return Promise.all(Object.keys(names).sort().map(load)).then(function () {
      var out = {};
      ids.forEach(function (id) { out[id] = G.data["c" + Math.floor(id / meta.citeShardSize)][id % meta.citeShardSize]; });
      return out;
    });
  }
  function withLaw(meta, ranked) {
    var range = meta.kinds.filter(function (k) { return k[0] === "legal-basis"; })[0];
    function isLaw(r) { return range && r[0] >= range[2] && r[0] < range[3]; }
    var others = ranked.filter(function (r) { return !isLaw(r); });
    var seeds = others.filter(function (r) { return LAW_SEEDS.indexOf(kindOf(meta, r[0])[0]) >= 0; });
    var top = seeds.sort(function (a, b) { return b[2] - a[2] || a[0] - b[0]; }).slice(0, LAW_FROM);
    if (!meta.citeShards || !top.length) { return Promise.resolve(ranked); }
    return cites(meta, top.map(function (r) { return r[0]; })).then(function (rows) {
      var law = new Map(), why = new Map();
      /* a legal basis found itself is one more result leading to it, as which-act seeds it */
      ranked.forEach(function (r) { if (isLaw(r)) { law.set(r[0], LAW_SHARE * r[2]); } });
      top.forEach(function (r) {
        var bases = rows[r[0]];
        bases.forEach(function (b) {
          var prior = Math.pow(Math.log(Math.E + (meta.lawCited[b - range[2]] || 0)), -POPULARITY_DAMPING);
          law.set(b, (law.get(b) || 0) + prior * LAW_SHARE * r[2] / bases.length);
          why.set(b, (why.get(b) || []).concat([r[0]])); /* best results first */
        });
      });
      law.forEach(function (value, doc) { others.push([doc, value]); });
      others.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      others.why = why;
      return others;
    });
  }
  var WHY_SHOWN = 3; /* the results named under a legal basis they rest on */
  var PRELOAD_CITES = 2; /* a small site's law shards load with the postings, not after them */

  /* ---- Results, grouped by kind, with snippets ---- */
  var PAGE = {passage: 10};
  function kindOf(meta, doc) {
    for (var i = 0; i < meta.kinds.length; i++) {
      if (doc >= meta.kinds[i][2] && doc < meta.kinds[i][3]) { return meta.kinds[i]; }
    }
    return meta.kinds[meta.kinds.length - 1];
  }
  function groups(meta, ranked) {
    var byKind = {}, order = [];
    ranked.forEach(function (r) {
      var kind = kindOf(meta, r[0]);
      if (!byKind[kind[0]]) { byKind[kind[0]] = {kind: kind[0], heading: kind[1], rows: []}; order.push(byKind[kind[0]]); }
      byKind[kind[0]].rows.push(r[0]);
    });
    return order;
  }
  /* The token where a window of `size` tokens holds the most distinct query words (a phrase, ideally). */
  function densest(tokens, size) {
    var best = -1, bestCount = 0;
    for (var i = 0; i < tokens.length; i++) {
      if (!tokens[i].hit) { continue; }
      var seen = {}, count = 0;
      for (var k = i; k < Math.min(tokens.length, i + size); k++) {
        if (tokens[k].hit && !seen[tokens[k].stem]) { seen[tokens[k].stem] = true; count++; }
      }
      if (count > bestCount) { best = i; bestCount = count; }
    }
    return Math.max(best, 0);
  }
  var tokenTerms = new Map(); /* a snippet's words recur ("the", "information"): each analysed once */
  function termsOf(token) {
    var found = tokenTerms.get(token);
    if (found === undefined) { found = terms(token); tokenTerms.set(token, found); }
    return found;
  }
  function snippet(text, marks) {
    var re = /[A-Za-z0-9\u00c0-\u024f'\u2018\u2019]+/g, tokens = [], m;
    while ((m = re.exec(text))) {
      var stems = termsOf(m[0]).filter(function (s) { return marks[s]; });
      tokens.push({start: m.index, end: m.index + m[0].length, hit: stems.length > 0, stem: stems[0]});
    }
    var from = Math.max(0, densest(tokens, 25) - 6), to = Math.min(tokens.length, from + 45);
    var frag = document.createDocumentFragment();
    if (!tokens.length) { frag.appendChild(document.createTextNode(text.slice(0, 240))); return frag; }
    var pos = tokens[from].start, stopAt = to < tokens.length ? tokens[to - 1].end : text.length;
    if (from > 0) { frag.appendChild(document.createTextNode("… ")); }
    for (var k = from; k < to; k++) {
      if (tokens[k].hit) {
        frag.appendChild(document.createTextNode(text.slice(pos, tokens[k].start)));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(tokens[k].start, tokens[k].end);
        frag.appendChild(mark);
        pos = tokens[k].end;
      }
    }
    frag.appendChild(document.createTextNode(text.slice(pos, stopAt)));
    if (stopAt < text.length) { frag.appendChild(document.createTextNode(" …")); }
    return frag;
  }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  /* The results to name under a legal basis: those shown on the page (their data is loaded
     anyway), else the best one. */
  function named(found, onPage) {
    var listed = found.filter(function (id) { return onPage.has(id); }).slice(0, WHY_SHOWN);
    return listed.length ? listed : found.slice(0, 1);
  }
  function renderRows(meta, list, ids, marks, why, onPage) {
    var names = [].concat.apply([], ids.map(function (id) { return why.has(id) ? named(why.get(id), onPage) : []; }));
    return docs(meta, ids.concat(names)).then(function (rows) {
      ids.forEach(function (id) {
        var d = rows[id], li = el("li"), a = el("a", {href: d.url, "class": "result-title"}, d.title);
        li.appendChild(a);
        if (d.sub) { li.appendChild(el("span", {"class": "result-sub"}, d.sub)); }
        var p = el("p", {"class": "result-snippet"});
        p.appendChild(snippet(d.text, marks));
        li.appendChild(p);
        if (why.has(id)) { li.appendChild(restingOn(why.get(id), named(why.get(id), onPage), rows)); }
        list.appendChild(li);
      });
    });
  }
  /* Under a legal basis, the results above that rest on it: why it is listed. */
  function restingOn(found, names, rows) {
    var p = el("p", {"class": "result-why"}, found.length === 1 ? "Found by 1 result: " :
      "Found by " + found.length + " results, among them: ");
    names.forEach(function (id, k) {
      if (k) { p.appendChild(document.createTextNode("; ")); }
      p.appendChild(el("a", {href: rows[id].url}, rows[id].title));
    });
    return p;
  }
  function renderGroup(meta, container, group, marks, why, onPage) {
    var section = el("section", {"class": "group", "aria-labelledby": "group-" + group.kind});
    section.appendChild(el("h2", {id: "group-" + group.kind}, group.heading + " (" + group.rows.length + ")"));
    var list = el("ul", {"class": "results"});
    section.appendChild(list);
    container.appendChild(section);
    var size = PAGE[group.kind] || 5, shown = Math.min(size, group.rows.length);
    var done = renderRows(meta, list, group.rows.slice(0, shown), marks, why, onPage);
    if (shown < group.rows.length) {
      var more = el("button", {type: "button", "class": "more"}, "Show more " + group.heading.toLowerCase());
      more.addEventListener("click", function () {
        var next = group.rows.slice(shown, shown + 20);
        shown += next.length;
        renderRows(meta, list, next, marks, why, onPage).then(function () {
          if (shown >= group.rows.length) { more.remove(); }
          var items = list.querySelectorAll("li a");
          if (items[shown - next.length]) { items[shown - next.length].focus(); }
        });
      });
      section.appendChild(more);
    }
    return done;
  }

  /* ---- A word typed one letter off a word of the guidance, read as that word (query.respelt) ---- */
  var LETTERS = "abcdefghijklmnopqrstuvwxyz";
  var spellingTables = null;
  /* The words typed that are found nowhere and may be slips: long enough, letters only, no question
     word and no word of the vocabulary's labels ("cops"). None in a query holding a quoted phrase. */
  function unknownWords(meta, q, lists) {
    if (q.phrases.length) { return []; }
    var known = labelStems(meta);
    return unique(q.words.filter(function (w) {
      var s = cachedStem(w);
      return w.length >= meta.typoSwapMinLetters && /^[a-z]+$/.test(w) && meta.minor.indexOf(s) < 0 && !known.has(s) &&
        lists[s] !== undefined && lists[s].size === 0;
    }));
  }
  var knownStems = null;
  function labelStems(meta) {
    if (!knownStems) {
      knownStems = new Set();
      meta.aliases.forEach(function (group) {
        group.forEach(function (label) { stemsOf(label).forEach(function (s) { knownStems.add(s); }); });
      });
    }
    return knownStems;
  }
  function spelling(data) {
    if (!spellingTables) {
      spellingTables = {stems: new Map(Object.keys(data.stems).map(function (s) { return [s, data.stems[s]]; })),
        english: new Set(data.english.split(" "))};
    }
    return spellingTables;
  }
  /* Every word one edit from `word`: a letter deleted, two neighbours swapped, one replaced or added. */
  function oneLetterOff(word) {
    var out = swapped(word);
    for (var i = 0; i <= word.length; i++) {
      var a = word.slice(0, i), b = word.slice(i);
      if (b) { out.push(a + b.slice(1)); }
      for (var k = 0; k < LETTERS.length; k++) {
        if (b && LETTERS[k] !== b[0]) { out.push(a + LETTERS[k] + b.slice(1)); }
        out.push(a + LETTERS[k] + b);
      }
    }
    return out;
  }
  /* Every word made from `word` by swapping two neighbouring letters. */
  function swapped(word) {
    var out = [];
    for (var i = 0; i + 1 < word.length; i++) { out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)); }
    return out;
  }
  /* The word of the guidance `typed` stands for, or null: of the words one letter off it, the
     commonest (in two documents or more, or in one if English has it); none for a word of English.
     A short word only with two letters swapped, into a word of the vocabulary's labels ("gdrp"). */
  function respeltWord(meta, tables, typed) {
    if (tables.english.has(typed)) { return null; }
    var best = null, most = 0;
    var short = typed.length < meta.typoMinLetters, known = labelStems(meta);
    (short ? swapped(typed) : oneLetterOff(typed)).forEach(function (candidate) {
      if (short && !known.has(cachedStem(candidate))) { return; }
      var n = tables.stems.get(cachedStem(candidate)) || 0;
      if (n >= meta.typoMinDocuments || (n && tables.english.has(candidate))) {
        if (n > most || (n === most && candidate < best)) { best = candidate; most = n; }
      }
    });
    return best;
  }
  /* The query's results (`exactly`), or, where words typed are found nowhere and are one letter off
     words of the guidance, the results of the query with those words read as them (`respelt`:
     [typed, read as] pairs, for the page to say so). */
  function answer(meta, query) {
    return exactly(meta, query).then(function (found) {
      if (!found || !found.unknown.length) { return found; }
      return load("spelling").then(function (data) {
        var tables = spelling(data), respelt = [], spelt = query;
        found.unknown.forEach(function (typed) {
          var word = respeltWord(meta, tables, typed);
          var next = word ? spelt.replace(new RegExp("\\b" + typed + "\\b", "gi"), word) : spelt;
          if (next !== spelt) { /* not where the word was typed otherwise ("parnet's" is read "parnets") */
            respelt.push([typed, word]);
            spelt = next;
          }
        });
        if (!respelt.length) { return found; }
        return exactly(meta, spelt).then(function (again) {
          if (!again) { return found; }
          again.respelt = respelt;
          again.query = spelt;
          return again;
        });
      }, function () { return found; }); /* no spelling data: the words as typed */
    });
  }
  /* The query's results, best first (`ranked`, with `why`: a legal basis -> the results that found
     it), the stems to mark in snippets and the words typed found nowhere (`unknown`); null for a
     query of stop words only. */
  function exactly(meta, query) {
    var q = parse(query);
    if (!q.stems.length) { return Promise.resolve(null); }
    var planned = units(meta, q);
    for (var c = 0; c < meta.citeShards && meta.citeShards <= PRELOAD_CITES; c++) {
      load("c" + c).catch(function () { /* withLaw reports a shard that cannot load */ });
    }
    var copies = meta.copies ? load("copies") : null; /* with the postings, not after them */
    var typed = withNeighbours(planned.map(function (unit) { return unit.stems; }).concat(kinStems(planned)));
    var needed = unique(q.stems.concat([].concat.apply([], q.phrases), typed));
    var unknown = [];
    return postings(meta, needed).then(function (lists) {
      unknown = unknownWords(meta, q, lists);
      keepWorthLooking(meta, planned, lists); /* the typed words tell which aliases to look up */
      var more = withNeighbours([].concat.apply([], planned.map(function (unit) { return unit.alternatives; })));
      needed = unique(needed.concat(more));
      return postings(meta, more.filter(function (term) { return !lists[term]; })).then(function (found) {
        Object.keys(found).forEach(function (term) { lists[term] = found[term]; });
        return verify(meta, q, lists, score(meta, q, lists, planned));
      });
    }).then(function (ranked) {
      ranked = onePerPage(meta, ranked);
      return q.phrases.length ? ranked : withLaw(meta, ranked); /* a phrase in quotes: exact matches only */
    }).then(function (ranked) {
      return meta.copies ? copies.then(function (data) { return repeatsLast(data, ranked); }) : ranked;
    }).then(function (ranked) {
      var marks = {};
      needed.forEach(function (s) { s.split(" ").forEach(function (stem) { marks[stem] = true; }); });
      return {ranked: ranked, marks: marks, unknown: unknown, respelt: [], query: query};
    });
  }
  /* The terms of `labels` (lists of stems): their stems and pairs of neighbours. */
  function withNeighbours(labels) {
    return [].concat.apply([], labels.map(function (label) { return label.concat(neighbours(label)); }));
  }
  /* The results of `query` by kind, as document numbers best first (for tests under node). */
  G.groups = function (query) {
    return answer(G.data.meta, query).then(function (found) {
      var out = {};
      (found ? groups(G.data.meta, found.ranked) : []).forEach(function (g) { out[g.kind] = g.rows; });
      return out;
    });
  };

  function run(meta, query) {
    var t0 = performance.now();
    var status = document.getElementById("search-status"), results = document.getElementById("search-results");
    results.textContent = "";
    return answer(meta, query).then(function (found) {
      if (!found) {
        status.textContent = query.trim() ? "Those words are too common to search for: try others." : "";
        return null;
      }
      return render(meta, found, status, results);
    }).then(function () {
      G.timing = {ms: performance.now() - t0, sinceNavigation: performance.now()};
      results.setAttribute("data-search-ms", String(Math.round(G.timing.ms)));
      results.setAttribute("data-ready", "true");
    }).catch(function (error) {
      status.textContent = "The search data could not be loaded (" + error.message + ").";
    });
  }
  function render(meta, answered, status, results) {
    var ranked = answered.ranked, marks = answered.marks, query = answered.query;
    var found = groups(meta, ranked);
    status.textContent = ranked.length ? ranked.length + " results for \u201c" + query + "\u201d" :
      "No results for \u201c" + query + "\u201d. Try fewer words, or other words.";
    if (answered.respelt.length) {
      status.textContent += " (searched for " + answered.respelt.map(function (pair) {
        return "\u201c" + pair[1] + "\u201d instead of \u201c" + pair[0] + "\u201d";
      }).join(", ") + ")";
    }
    if (found.length > 1) {
      var jump = el("ul", {"class": "jump", "aria-label": "Kinds of result"});
      found.forEach(function (g) {
        var li = el("li");
        li.appendChild(el("a", {href: "#group-" + g.kind}, g.heading + " (" + g.rows.length + ")"));
        jump.appendChild(li);
      });
      results.appendChild(jump);
    }
    var why = ranked.why || new Map(), onPage = new Set();
    found.forEach(function (g) { g.rows.slice(0, PAGE[g.kind] || 5).forEach(function (id) { onPage.add(id); }); });
    return Promise.all(found.map(function (g) { return renderGroup(meta, results, g, marks, why, onPage); }));
  }

  function start(meta) {
    meta.stop.forEach(function (w) { stop[w] = true; });
    var params = new URLSearchParams(window.location.search);
    var query = params.get("q") || "";
    var input = document.getElementById("search-query");
    if (input) { input.value = query; }
    if (query) {
      document.title = query + " | Search | guidegraph";
      run(meta, query);
    } else {
      document.getElementById("search-results").setAttribute("data-ready", "true");
    }
  }
  G.run = function (query) { return run(G.data.meta, query); };
})();
