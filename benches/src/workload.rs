//! Seeded RunV2 documents in the shape of `shared/workload/gen_runv2.py`.

use open_model::{Map, Value};

/// An ordered object, keys as written.
macro_rules! obj {
    ($($k:expr => $v:expr),* $(,)?) => {{
        let mut m = Map::new();
        $( m.insert(String::from($k), Value::from($v)); )*
        Value::Dict(m)
    }};
}

fn float(v: f64) -> Value {
    Value::try_from(v).expect("finite")
}

const WORDS: &str = "the a of to and in is for that on with as are this be by it from or an \
    model prompt completion token answer question context document user \
    assistant system summarize translate classify extract entity customer \
    invoice order shipping refund policy account password reset latency \
    retrieval embedding vector chunk score relevant citation source page \
    please return json format only step reasoning final result example \
    input output error retry timeout rate limit temperature sampling";

const SPICE: &[&str] = &[
    "café",
    "naïve",
    "résumé",
    "日本語のテキスト",
    "Привет",
    "über",
    "😀",
    "🚀",
    "—",
    "“quoted”",
    "\"escaped quotes\"",
    "C:\\path\\to\\file",
    "\n",
    "\n\n",
    "\t",
    "a\\nb",
    "{\"k\": 1}",
    "<b>html</b>",
    "50%",
    "$12.99",
    "\u{a0}",
    "€",
    "中文",
    "العربية",
    "\u{1b}[0m",
];

const PROVIDERS: &[(&str, &str, &[&str])] = &[
    (
        "openai",
        "openai_createChatCompletion",
        &["gpt-4o", "gpt-4o-mini", "gpt-3.5-turbo"],
    ),
    (
        "openai",
        "openai_createEmbedding",
        &["text-embedding-3-small"],
    ),
    (
        "anthropic",
        "anthropic_createMessage",
        &["claude-3-5-sonnet-20240620", "claude-3-haiku-20240307"],
    ),
    ("pinecone", "pinecone_indexQuery", &["pinecone"]),
    ("custom", "custom_retriever", &["bm25"]),
];

const EXTRA_RUN: &[&str] = &[
    "pipelineSlug",
    "environment",
    "clientVersion",
    "sampleRate",
    "isTest",
    "parentRunId",
    "tags",
    "createdAt",
    "sdkInfo",
    "region",
];
const EXTRA_STEP: &[&str] = &[
    "traceparent",
    "retries",
    "cached",
    "latencyBreakdown",
    "spanKind",
    "tokenEstimate",
    "labels",
    "debug",
];

/// The workload's generator: a seeded random source and the text helpers.
struct Gen {
    rng: fastrand::Rng,
    words: Vec<&'static str>,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        Gen {
            rng: fastrand::Rng::with_seed(seed),
            words: WORDS.split_whitespace().collect(),
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.usize(..items.len())]
    }

    fn text(&mut self, lo: usize, hi: usize) -> String {
        let n = self.rng.usize(lo..=hi.max(lo));
        let mut out = String::new();
        while out.chars().count() < n {
            if !out.is_empty() {
                out.push(' ');
            }
            if self.rng.f64() < 0.08 {
                out.push_str(self.pick::<&str>(SPICE));
            } else {
                let w = *self.pick(&self.words.clone());
                if self.rng.f64() < 0.1 {
                    let mut c = w.chars();
                    if let Some(f) = c.next() {
                        out.extend(f.to_uppercase());
                        out.push_str(c.as_str());
                    }
                } else {
                    out.push_str(w);
                }
                if self.rng.f64() < 0.07 {
                    out.push(*self.pick(&['.', ',', ':', '?', '!']));
                }
            }
        }
        out.chars().take(n).collect()
    }

    fn uuid(&mut self) -> String {
        let mut b = [0u8; 16];
        for x in &mut b {
            *x = self.rng.u8(..);
        }
        uuid::Builder::from_random_bytes(b).into_uuid().to_string()
    }

    fn round(&mut self, v: f64, digits: i32) -> Value {
        let p = 10f64.powi(digits);
        float((v * p).round() / p)
    }

    fn scalar(&mut self) -> Value {
        match self.rng.u8(..7) {
            0 => Value::from(self.rng.i64(-1000..1_000_000_000)),
            1 => {
                let d = self.rng.i32(1..=6);
                let v = self.rng.f64() * 2e4 - 1e4;
                self.round(v, d)
            }
            2 => Value::from(self.rng.bool()),
            3 => Value::Null,
            4 => Value::from(self.text(5, 40)),
            5 => {
                let v = self.rng.f64();
                self.round(v, 4)
            }
            _ => Value::from(self.uuid()),
        }
    }

    fn extra_value(&mut self) -> Value {
        match self.rng.u8(..6) {
            0..=2 => self.scalar(),
            3 => Value::List((0..self.rng.usize(0..=4)).map(|_| self.scalar()).collect()),
            4 => Value::Dict(
                (0..self.rng.usize(1..=4))
                    .map(|i| (format!("k{i}"), self.scalar()))
                    .collect(),
            ),
            _ => {
                let ratio = self.rng.f64();
                obj! {"nested" => obj! {"level" => self.rng.i64(1..=5),
                "tags" => vec![self.text(3, 10), self.text(3, 10)],
                "ratio" => self.round(ratio, 3), "ok" => self.rng.bool(), "none" => Value::Null}}
            }
        }
    }

    /// Inserts `count` extra keys at random positions among the object's keys.
    fn with_extras(&mut self, obj: Map, names: &[&str], count: usize) -> Value {
        let mut items: Vec<(String, Value)> = obj.into_iter().collect();
        let mut pool: Vec<&str> = names.to_vec();
        self.rng.shuffle(&mut pool);
        for name in pool.into_iter().take(count) {
            let pos = self.rng.usize(0..=items.len());
            let v = self.extra_value();
            items.insert(pos, (name.to_owned(), v));
        }
        Value::Dict(items.into_iter().collect())
    }

    fn metadata(&mut self, scale: f64) -> Option<Value> {
        let r = self.rng.f64();
        if r < 0.4 {
            return None;
        }
        if r < 0.5 {
            return Some(Value::Null);
        }
        let mut md = Map::new();
        for i in 0..self.rng.usize(1..=4) {
            let key = format!(
                "{}{i}",
                self.pick(&[
                    "env",
                    "docs",
                    "cached",
                    "customer",
                    "experiment",
                    "link",
                    "flag"
                ])
            );
            let v = match self.rng.u8(..3) {
                0 => obj! {"type" => "url", "url" => format!("https://example.com/{}/{}?q={}",
                self.pick(&["docs", "runs", "trace"]), self.rng.u32(1..99_999), self.pick(&self.words.clone())),
                "text" => self.text(5, (40.0 * scale) as usize + 6)},
                1 => {
                    obj! {"type" => "string", "value" => self.text(3, (60.0 * scale) as usize + 4)}
                }
                _ => obj! {"type" => "boolean", "value" => self.rng.bool()},
            };
            md.insert(key, v);
        }
        Some(Value::Dict(md))
    }

    fn step_run(&mut self, order: usize, scale: f64, t0: f64) -> Value {
        let (provider, invocation, models) = *self.pick(PROVIDERS);
        let model = *self.pick(models);
        let start = t0 + order as f64 * 1.5 + self.rng.f64();
        let start = (start * 1000.0).round() / 1000.0;
        let elapsed = self.rng.i64(20..=9000);
        let end = ((start + elapsed as f64 / 1000.0) * 1000.0).round() / 1000.0;
        let prompt_tokens = self.rng.i64(10..=4000);
        let completion_tokens = self.rng.i64(1..=1000);
        let raw_cost = prompt_tokens as f64 * 0.000_000_15 + completion_tokens as f64 * 0.000_000_6;
        let r = self.rng.f64();
        let cost = if r < 0.05 {
            Value::from(0)
        } else if r < 0.55 {
            let d = *self.pick(&[6, 7, 8]);
            self.round(raw_cost, d)
        } else {
            float(raw_cost)
        };
        let s = scale;
        let sz = |x: f64| (x * s) as usize;
        let mut msgs = vec![obj! {"role" => "system", "content" => self.text(sz(60.0), sz(200.0))}];
        for _ in 0..self.rng.usize(0..=2) {
            msgs.push(obj! {"role" => "user", "content" => self.text(sz(40.0), sz(160.0))});
            msgs.push(obj! {"role" => "assistant", "content" => self.text(sz(20.0), sz(120.0)), "name" => Value::Null});
        }
        msgs.push(obj! {"role" => "user", "content" => self.text(sz(80.0), sz(300.0))});
        let priority = self
            .pick(&[Value::from("low"), Value::from("high"), Value::Null])
            .clone();
        let similarity = float(self.rng.f64());
        let inputs = obj! {
            "messages" => msgs,
            "variables" => obj! {"customerName" => self.text(4, 20), "orderId" => self.rng.i64(100_000..=999_999),
                "priority" => priority, "vip" => self.rng.f64() < 0.2, "similarity" => similarity},
            "user" => format!("u_{}", self.rng.u32(1..=1_000_000)),
        };
        let logprobs = if self.rng.f64() < 0.7 {
            Value::Null
        } else {
            obj! {"content" => (0..3).map(|_| obj! {"token" => *self.pick(&self.words.clone()), "logprob" => float(-self.rng.f64() * 5.0)}).collect::<Vec<_>>()}
        };
        let fingerprint = if self.rng.bool() {
            Value::Null
        } else {
            Value::from(format!("fp_{:08x}", self.rng.u32(..)))
        };
        let outputs = obj! {
            "id" => format!("chatcmpl-{:016x}", self.rng.u64(..)),
            "object" => "chat.completion",
            "created" => t0 as i64 + order as i64,
            "model" => model,
            "choices" => vec![obj! {"index" => 0, "message" => obj! {"role" => "assistant", "content" => self.text(sz(100.0), sz(450.0))},
                "logprobs" => logprobs, "finish_reason" => *self.pick(&["stop", "length", "tool_calls"])}],
            "usage" => obj! {"prompt_tokens" => prompt_tokens, "completion_tokens" => completion_tokens,
                "total_tokens" => prompt_tokens + completion_tokens},
            "system_fingerprint" => fingerprint,
        };
        let temperature = self.rng.f64() * 1.5;
        let stop = self
            .pick(&[
                Value::Null,
                Value::from(vec!["\n\n"]),
                Value::from(vec!["###", "END"]),
            ])
            .clone();
        let model_params = obj! {"model" => model, "temperature" => self.round(temperature, 2),
        "max_tokens" => *self.pick(&[256, 512, 1024, 4096]), "top_p" => float(1.0),
        "stop" => stop, "stream" => false, "presence_penalty" => 0, "seed" => self.rng.i64(0..=1 << 31)};
        let mut sr = Map::new();
        sr.insert("stepRunId".into(), Value::from(self.uuid()));
        sr.insert("stepId".into(), Value::from(self.uuid()));
        sr.insert("providerName".into(), Value::from(provider));
        sr.insert("invocation".into(), Value::from(invocation));
        sr.insert("order".into(), Value::from(order));
        sr.insert("modelParams".into(), model_params);
        sr.insert("inputs".into(), inputs);
        sr.insert("outputs".into(), outputs);
        sr.insert("elapsedTime".into(), Value::from(elapsed));
        sr.insert("startTime".into(), float(start));
        sr.insert("endTime".into(), float(end));
        sr.insert("cost".into(), cost);
        if let Some(md) = self.metadata(s) {
            sr.insert("metadata".into(), md);
        }
        let r = self.rng.f64();
        if r < 0.1 {
            sr.insert(
                "error".into(),
                Value::from(format!("RateLimitError: {}", self.text(20, 80))),
            );
        } else if r < 0.4 {
            sr.insert("error".into(), Value::Null);
        }
        let count = *self.pick(&[1, 2, 2, 3]);
        self.with_extras(sr, EXTRA_STEP, count)
    }

    fn run(&mut self, steps: usize, scale: f64) -> Value {
        let t0 = 1_700_000_000.0
            + self.rng.u32(0..10_000_000) as f64
            + (self.rng.f64() * 1000.0).round() / 1000.0;
        let mut doc = Map::new();
        doc.insert("id".into(), Value::from(self.uuid()));
        doc.insert(
            "stepRuns".into(),
            Value::List((0..steps).map(|i| self.step_run(i, scale, t0)).collect()),
        );
        let count = *self.pick(&[2, 3, 3, 4]);
        self.with_extras(doc, EXTRA_RUN, count)
    }
}

const SEED: u64 = 20_240_601;

fn document(steps: usize, scale: f64, seed: u64) -> Vec<u8> {
    open_model::to_json_vec(&Gen::new(seed).run(steps, scale)).expect("JSON")
}

/// One step run, about 1.7 KB.
pub fn small() -> Vec<u8> {
    document(1, 0.15, SEED + 1)
}

/// 100 step runs, about 210 KB.
pub fn medium() -> Vec<u8> {
    document(100, 1.0, SEED + 2)
}

/// 5,000 step runs, about 10.5 MB.
pub fn large() -> Vec<u8> {
    document(5000, 1.0, SEED + 3)
}

/// `n` small runs, one per line.
pub fn ndjson(n: usize) -> Vec<u8> {
    let mut g = Gen::new(SEED + 4);
    let mut out = Vec::new();
    for _ in 0..n {
        out.extend(open_model::to_json_vec(&g.run(1, 0.15)).expect("JSON"));
        out.push(b'\n');
    }
    out
}
