//! The coordinators' forms for everything the cases API does: open a pairing (donor side, with a partner
//! centre on Twinbridge or one that works on paper), attach the patient or a proxy, record donations, the
//! transplant and the patient's status, re-invite a participant or change their e-mail address.
//!
//! A refused field is shown next to the field, in the page's language: the service names it by its JSON
//! path (`donations[0].collected_on`), which maps to the form's input of the same name.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use serde::Deserialize;
use twinbridge_domain::access::Relation;
use twinbridge_domain::{OrganisationKind, PatientStatus, Product, ProxyRelation};

use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::cases::{self, CaseError, DonationInput, NewPairing, OfflineOrganisation, PatientInput};
use crate::services::cases::{PersonInput, ProxyInput};
use crate::services::{instance, pairings};
use crate::state::AppState;

/// One input of a form, ready to render.
pub(super) struct FieldView {
    name: String,
    id: String,
    label: String,
    /// `text`, `email`, `date` or `select`.
    kind: &'static str,
    value: String,
    required: bool,
    hint: Option<String>,
    error: Option<String>,
    options: Vec<OptionView>,
}

pub(super) struct OptionView {
    value: String,
    label: String,
    selected: bool,
}

/// One form of a page.
pub(super) struct FormView {
    id: String,
    heading: String,
    intro: Option<String>,
    action: String,
    fields: Vec<FieldView>,
    submit: String,
}

impl FormView {
    fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }
}

/// The refusal being shown: which form, which field (a JSON path), or a message for the whole form.
#[derive(Default)]
struct Refusal {
    form: &'static str,
    field: Option<String>,
    alert: Option<String>,
}

/// The input name a JSON path maps to: `donor.email` → `donor_email`; the one donation of the form
/// drops its index.
fn input_name(path: &str) -> String {
    path.trim_start_matches("donations[0].").replace('.', "_")
}

/// The translated explanation for a refused input, by the last part of its name.
fn field_message(ctx: &PageCtx, path: &str) -> String {
    let last = path.rsplit('.').next().unwrap_or(path);
    let key = format!("case-error-{}", last.replace('_', "-"));
    let text = ctx.t(&key);
    if text == key { ctx.t("case-error-field") } else { text }
}

struct FieldSpec<'a> {
    name: &'a str,
    label: &'static str,
    kind: &'static str,
    required: bool,
    hint: Option<&'static str>,
}

const fn spec<'a>(name: &'a str, label: &'static str, kind: &'static str, required: bool) -> FieldSpec<'a> {
    FieldSpec { name, label, kind, required, hint: None }
}

/// Builds the views of one form's fields, with their values and the refused field's message.
fn fields(
    ctx: &PageCtx,
    form: &'static str,
    specs: Vec<FieldSpec<'_>>,
    values: &dyn Fn(&str) -> String,
    options: &dyn Fn(&str) -> Vec<(String, String)>,
    refusal: &Refusal,
) -> Vec<FieldView> {
    specs
        .into_iter()
        .map(|s| {
            let value = values(s.name);
            let error = refusal
                .field
                .as_deref()
                .filter(|_| refusal.form == form)
                .filter(|path| input_name(path) == s.name)
                .map(|path| field_message(ctx, path));
            let options = options(s.name)
                .into_iter()
                .map(|(v, label)| OptionView { selected: v == value, value: v, label })
                .collect();
            FieldView {
                id: format!("{form}-{}", s.name),
                name: s.name.to_owned(),
                label: ctx.t(s.label),
                kind: s.kind,
                value,
                required: s.required,
                hint: s.hint.map(|k| ctx.t(k)),
                error,
                options,
            }
        })
        .collect()
}

fn optional(text: &str) -> Option<String> {
    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
}

/// A day typed into a form; an unreadable one is refused under the field's JSON path.
fn day(text: &str, path: &str) -> Result<Option<NaiveDate>, CaseError> {
    match text.trim() {
        "" => Ok(None),
        typed => twinbridge_domain::date::parse(typed, "date")
            .map(Some)
            .map_err(|e| CaseError::Invalid { field: path.to_owned(), why: e.to_string() }),
    }
}

fn required_day(text: &str, path: &str) -> Result<NaiveDate, CaseError> {
    day(text, path)?.ok_or_else(|| CaseError::Invalid { field: path.to_owned(), why: "is required".into() })
}

/// What a refused step shows; anything else is an error page.
fn refusal_of(ctx: &PageCtx, form: &'static str, err: CaseError) -> Result<Refusal, AppError> {
    match err {
        CaseError::Invalid { field, .. } => Ok(Refusal { form, field: Some(field), alert: None }),
        CaseError::Conflict(code, _) => {
            Ok(Refusal { form, field: None, alert: Some(ctx.t(&format!("case-conflict-{code}"))) })
        }
        other => Err(other.into()),
    }
}

/// A conflict with what is stored answers 409, refused fields 422.
fn status_of(refusal: &Refusal, alert: bool) -> StatusCode {
    match (refusal.alert.is_some(), alert) {
        (true, _) => StatusCode::CONFLICT,
        (false, true) => StatusCode::UNPROCESSABLE_ENTITY,
        (false, false) => StatusCode::OK,
    }
}

fn product_options(ctx: &PageCtx) -> Vec<(String, String)> {
    Product::ALL.into_iter().map(|p| (p.as_str().to_owned(), ctx.t(&format!("case-product-{}", p.as_str())))).collect()
}

/// The donor's answer before a donation, as the form offers it ("not asked" first).
fn sex_options(ctx: &PageCtx) -> Vec<(String, String)> {
    std::iter::once(String::new())
        .chain(twinbridge_domain::person::Sex::ALL.iter().map(|x| x.as_str().to_owned()))
        .map(|x| {
            let label = ctx.t(&format!("case-sex-{}", if x.is_empty() { "none" } else { x.as_str() }));
            (x, label)
        })
        .collect()
}

fn donor_choice_options(ctx: &PageCtx) -> Vec<(String, String)> {
    ["", "stay_anonymous", "may_reveal"]
        .into_iter()
        .map(|c| (c.to_owned(), ctx.t(&format!("case-donor-choice-{}", if c.is_empty() { "none" } else { c }))))
        .collect()
}

// ---------------------------------------------------------------------------------------------------------
// Opening a pairing

#[derive(Deserialize, Default, Clone)]
pub(super) struct NewPairingForm {
    #[serde(default)]
    external_reference: String,
    #[serde(default)]
    donor_full_name: String,
    #[serde(default)]
    donor_email: String,
    #[serde(default)]
    donor_country: String,
    #[serde(default)]
    donor_town: String,
    #[serde(default)]
    donor_date_of_birth: String,
    #[serde(default)]
    donor_grid: String,
    #[serde(default)]
    donor_language: String,
    #[serde(default)]
    donor_sex: String,
    /// An organisation id, or `offline` for a centre that is not on Twinbridge.
    #[serde(default)]
    patient_organisation_id: String,
    #[serde(default)]
    patient_organisation_name: String,
    #[serde(default)]
    patient_organisation_country: String,
    #[serde(default)]
    patient_organisation_kind: String,
    #[serde(default)]
    product: String,
    #[serde(default)]
    collected_on: String,
    #[serde(default)]
    donor_choice: String,
    #[serde(default)]
    transplant_date: String,
}

impl NewPairingForm {
    fn value(&self, name: &str) -> String {
        match name {
            "external_reference" => &self.external_reference,
            "donor_full_name" => &self.donor_full_name,
            "donor_email" => &self.donor_email,
            "donor_country" => &self.donor_country,
            "donor_town" => &self.donor_town,
            "donor_date_of_birth" => &self.donor_date_of_birth,
            "donor_grid" => &self.donor_grid,
            "donor_language" => &self.donor_language,
            "donor_sex" => &self.donor_sex,
            "patient_organisation_id" => &self.patient_organisation_id,
            "patient_organisation_name" => &self.patient_organisation_name,
            "patient_organisation_country" => &self.patient_organisation_country,
            "patient_organisation_kind" => &self.patient_organisation_kind,
            "product" => &self.product,
            "collected_on" => &self.collected_on,
            "donor_choice" => &self.donor_choice,
            "transplant_date" => &self.transplant_date,
            _ => "",
        }
        .to_owned()
    }

    fn to_new_pairing(&self) -> Result<NewPairing, CaseError> {
        let offline = self.patient_organisation_id == "offline";
        Ok(NewPairing {
            donor: PersonInput {
                full_name: self.donor_full_name.clone(),
                email: self.donor_email.clone(),
                country: self.donor_country.clone(),
                town: optional(&self.donor_town),
                date_of_birth: day(&self.donor_date_of_birth, "donor.date_of_birth")?,
                grid: optional(&self.donor_grid),
                language: optional(&self.donor_language),
                sex: optional(&self.donor_sex),
            },
            patient_organisation_id: (!offline).then(|| self.patient_organisation_id.clone()),
            patient_organisation: offline.then(|| OfflineOrganisation {
                name: self.patient_organisation_name.clone(),
                country: self.patient_organisation_country.clone(),
                kind: self.patient_organisation_kind.clone(),
            }),
            external_reference: optional(&self.external_reference),
            donations: vec![DonationInput {
                product: self.product.clone(),
                collected_on: required_day(&self.collected_on, "donations[0].collected_on")?,
                donor_choice: optional(&self.donor_choice),
            }],
            transplant_date: day(&self.transplant_date, "transplant_date")?,
        })
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "pairing_new.html")]
pub(super) struct NewPairingPage {
    ctx: PageCtx,
    alert: Option<String>,
    forms: Vec<FormView>,
}

async fn new_pairing_page(
    state: &AppState,
    ctx: PageCtx,
    form: &NewPairingForm,
    refusal: Refusal,
) -> Result<Response, AppError> {
    let centres: Vec<(String, String)> = instance::organisations(state)
        .await
        .map_err(AppError::internal)?
        .into_iter()
        .filter(|o| !o.offline && o.kind != OrganisationKind::DonorRegistry.as_str())
        .map(|o| (o.id, format!("{} ({})", o.name, o.country)))
        .collect();
    let options = |name: &str| match name {
        "patient_organisation_id" => {
            let mut all = vec![(String::new(), ctx.t("case-choose"))];
            all.extend(centres.iter().cloned());
            all.push(("offline".to_owned(), ctx.t("case-centre-offline")));
            all
        }
        "patient_organisation_kind" => [OrganisationKind::TransplantCentre, OrganisationKind::PatientRegistry]
            .into_iter()
            .map(|k| (k.as_str().to_owned(), ctx.t(&format!("case-kind-{}", k.as_str()))))
            .collect(),
        "product" => product_options(&ctx),
        "donor_choice" => donor_choice_options(&ctx),
        "donor_sex" => sex_options(&ctx),
        _ => Vec::new(),
    };
    let values = |name: &str| form.value(name);
    let form_of = |id: &'static str, heading: &'static str, intro: Option<&'static str>, specs| FormView {
        id: id.to_owned(),
        heading: ctx.t(heading),
        intro: intro.map(|k| ctx.t(k)),
        action: String::new(),
        fields: fields(&ctx, "new", specs, &values, &options, &refusal),
        submit: String::new(),
    };
    let forms = vec![
        form_of(
            "donor",
            "case-new-donor",
            Some("case-new-donor-intro"),
            vec![
                spec("donor_full_name", "case-full-name", "text", true),
                spec("donor_email", "case-email", "email", true),
                FieldSpec { hint: Some("case-country-hint"), ..spec("donor_country", "case-country", "text", true) },
                spec("donor_town", "case-town", "text", false),
                spec("donor_date_of_birth", "case-date-of-birth", "date", false),
                FieldSpec { hint: Some("case-sex-hint"), ..spec("donor_sex", "case-sex", "select", false) },
                FieldSpec { hint: Some("case-grid-hint"), ..spec("donor_grid", "case-grid", "text", false) },
                FieldSpec {
                    hint: Some("case-language-hint"),
                    ..spec("donor_language", "case-language", "text", false)
                },
                FieldSpec {
                    hint: Some("case-external-reference-hint"),
                    ..spec("external_reference", "case-external-reference", "text", false)
                },
            ],
        ),
        form_of(
            "centre",
            "case-new-centre",
            Some("case-new-centre-intro"),
            vec![
                spec("patient_organisation_id", "case-centre", "select", true),
                spec("patient_organisation_name", "case-offline-name", "text", false),
                FieldSpec {
                    hint: Some("case-country-hint"),
                    ..spec("patient_organisation_country", "case-offline-country", "text", false)
                },
                spec("patient_organisation_kind", "case-offline-kind", "select", false),
            ],
        ),
        form_of(
            "donation",
            "case-new-donation",
            None,
            vec![
                spec("product", "case-product", "select", true),
                spec("collected_on", "case-collected-on", "date", true),
                spec("donor_choice", "case-donor-choice", "select", false),
                FieldSpec {
                    hint: Some("case-transplant-hint"),
                    ..spec("transplant_date", "case-transplant-date", "date", false)
                },
            ],
        ),
    ];
    let alert =
        refusal.alert.clone().or_else(|| forms.iter().any(FormView::has_errors).then(|| ctx.t("case-error-summary")));
    let status = status_of(&refusal, alert.is_some());
    Ok((status, NewPairingPage { ctx, alert, forms }).into_response())
}

/// `GET /pairings/new`: only for coordinators of a donor registry.
pub(super) async fn new_form(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    if !cases::may_open_pairings(&state, &user).await? {
        return Err(AppError::NotFound);
    }
    new_pairing_page(&state, ctx, &NewPairingForm::default(), Refusal::default()).await
}

/// `POST /pairings/new`.
pub(super) async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<NewPairingForm>,
) -> Result<Response, AppError> {
    if !cases::may_open_pairings(&state, &user).await? {
        return Err(AppError::NotFound);
    }
    let created = match form.to_new_pairing() {
        Ok(new) => cases::create(&state, &user, new).await,
        Err(e) => Err(e),
    };
    match created {
        Ok(pairing) => Ok(Redirect::to(&format!("/pairings/{}/manage?done=created", pairing.id)).into_response()),
        Err(e) => {
            let refusal = refusal_of(&ctx, "new", e)?;
            new_pairing_page(&state, ctx, &form, refusal).await
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Completing a pairing

#[derive(Template, WebTemplate)]
#[template(path = "pairing_manage.html")]
pub(super) struct ManagePage {
    ctx: PageCtx,
    pairing_id: String,
    reference: String,
    notice: Option<String>,
    alert: Option<String>,
    forms: Vec<FormView>,
}

/// The values typed into the form that was refused (shown again), by input name.
type Typed = Vec<(String, String)>;

async fn manage_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: PageCtx,
    id: &str,
    notice: Option<String>,
    refusal: Refusal,
    typed: Typed,
) -> Result<Response, AppError> {
    let visible = pairings::visible(state, user, id).await?.ok_or(AppError::NotFound)?;
    if matches!(visible.relation, Relation::Participant(_)) {
        return Err(AppError::NotFound);
    }
    let donor_side = visible.relation.is_donor_side();
    let partner_offline = cases::partner_is_offline(state, &visible.pairing, donor_side).await?;
    let base = format!("/pairings/{}/manage", visible.pairing.id);
    let value = |name: &str| typed.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let options = |name: &str| match name {
        "product" => product_options(&ctx),
        "donor_choice" => donor_choice_options(&ctx),
        "sex" => sex_options(&ctx),
        "status" => PatientStatus::ALL
            .into_iter()
            .map(|s| (s.as_str().to_owned(), ctx.t(&format!("case-patient-status-{}", s.as_str()))))
            .collect(),
        "proxy_relation" => {
            let mut all = vec![(String::new(), ctx.t("case-no-proxy"))];
            all.extend(
                ProxyRelation::ALL
                    .into_iter()
                    .map(|r| (r.as_str().to_owned(), ctx.t(&format!("case-relation-{}", r.as_str())))),
            );
            all
        }
        _ => Vec::new(),
    };
    let form = |id: &'static str, heading: String, intro: Option<String>, action: String, specs| FormView {
        id: id.to_owned(),
        heading,
        intro,
        action,
        fields: fields(&ctx, id, specs, &value, &options, &refusal),
        submit: ctx.t(&format!("case-submit-{id}")),
    };
    let mut forms = Vec::new();
    let patient_recorded = visible.participants.iter().any(|p| !p.role.is_donor_side());
    if !donor_side && !patient_recorded {
        forms.push(form(
            "patient",
            ctx.t("case-patient-heading"),
            Some(ctx.t("case-patient-intro")),
            format!("{base}/patient"),
            vec![
                spec("full_name", "case-full-name", "text", true),
                spec("email", "case-email", "email", true),
                FieldSpec { hint: Some("case-country-hint"), ..spec("country", "case-country", "text", true) },
                spec("town", "case-town", "text", false),
                spec("date_of_birth", "case-date-of-birth", "date", false),
                FieldSpec { hint: Some("case-sex-hint"), ..spec("sex", "case-sex", "select", false) },
                FieldSpec { hint: Some("case-language-hint"), ..spec("language", "case-language", "text", false) },
                FieldSpec {
                    hint: Some("case-proxy-hint"),
                    ..spec("proxy_relation", "case-proxy-relation", "select", false)
                },
                spec("proxy_full_name", "case-proxy-full-name", "text", false),
                spec("proxy_email", "case-proxy-email", "email", false),
            ],
        ));
    }
    if donor_side {
        forms.push(form(
            "donation",
            ctx.t("case-donation-heading"),
            Some(ctx.t("case-donation-intro")),
            format!("{base}/donations"),
            vec![
                spec("product", "case-product", "select", true),
                spec("collected_on", "case-collected-on", "date", true),
                spec("donor_choice", "case-donor-choice", "select", false),
            ],
        ));
    }
    if !donor_side || partner_offline {
        forms.push(form(
            "transplant",
            ctx.t("case-transplant-heading"),
            Some(ctx.t("case-transplant-hint")),
            format!("{base}/transplant"),
            vec![spec("date", "case-transplant-date", "date", true)],
        ));
        forms.push(form(
            "status",
            ctx.t("case-status-heading"),
            Some(ctx.t("case-status-intro")),
            format!("{base}/status"),
            vec![spec("status", "case-status", "select", true), spec("on", "case-status-on", "date", true)],
        ));
    }
    for participant in visible.participants.iter().filter(|p| p.role.is_donor_side() == donor_side) {
        let who = ctx.t(&format!("participant-{}", participant.role.kind_str()));
        let path = format!("{base}/participants/{}", participant.id);
        forms.push(form(
            "invite",
            format!("{who}: {}", ctx.t("case-invite-heading")),
            Some(ctx.t("case-invite-intro")),
            format!("{path}/invite"),
            Vec::new(),
        ));
        forms.push(form(
            "email",
            format!("{who}: {}", ctx.t("case-email-heading")),
            Some(ctx.t("case-email-intro")),
            format!("{path}/email"),
            vec![spec("email", "case-new-email", "email", true)],
        ));
        forms.push(form(
            "erase",
            format!("{who}: {}", ctx.t("case-erase-heading")),
            Some(ctx.t("case-erase-intro")),
            format!("{path}/erase"),
            vec![spec("reason", "case-erase-reason", "text", true)],
        ));
        // Each participant's forms need ids of their own.
        let n = forms.len();
        for f in &mut forms[n - 3..] {
            f.id = format!("{}-{}", f.id, participant.id);
            for field in &mut f.fields {
                field.id = format!("{}-{}", field.id, participant.id);
            }
        }
        if refusal.form == "email" && !typed.iter().any(|(n, v)| n == "participant" && *v == participant.id.to_string())
        {
            forms[n - 2].fields.iter_mut().for_each(|f| {
                f.error = None;
                f.value.clear();
            });
        }
    }
    if visible.pairing.closed_at.is_none() {
        forms.push(form(
            "close",
            ctx.t("case-close-heading"),
            Some(ctx.t("case-close-intro")),
            format!("{base}/close"),
            Vec::new(),
        ));
    }
    let alert =
        refusal.alert.clone().or_else(|| forms.iter().any(FormView::has_errors).then(|| ctx.t("case-error-summary")));
    let status = status_of(&refusal, alert.is_some());
    let page = ManagePage {
        pairing_id: visible.pairing.id.to_string(),
        reference: visible.pairing.reference.as_str().to_owned(),
        notice,
        alert,
        forms,
        ctx,
    };
    Ok((status, page).into_response())
}

#[derive(Deserialize)]
pub(super) struct Done {
    done: Option<String>,
}

/// `GET /pairings/{id}/manage`.
pub(super) async fn manage(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    const KNOWN: [&str; 9] =
        ["created", "patient", "donation", "transplant", "status", "invite", "email", "erase", "close"];
    let notice = done.done.filter(|d| KNOWN.contains(&d.as_str())).map(|d| ctx.t(&format!("case-done-{d}")));
    manage_page(&state, &user, ctx, &id, notice, Refusal::default(), Vec::new()).await
}

/// After a step: back to the page with its notice, or the page again with the refusal.
async fn answer(
    state: &AppState,
    user: &CurrentUser,
    ctx: PageCtx,
    id: &str,
    form: &'static str,
    typed: Typed,
    result: Result<(), CaseError>,
) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/pairings/{id}/manage?done={form}")).into_response()),
        Err(e) => {
            let refusal = refusal_of(&ctx, form, e)?;
            manage_page(state, user, ctx, id, None, refusal, typed).await
        }
    }
}

/// Every field of a submitted form, as typed.
type Fields = Vec<(String, String)>;

fn get<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
}

/// `POST /pairings/{id}/manage/{step}`: `patient`, `donations`, `transplant` or `status`. Who may record
/// the step is checked before its input is read.
pub(super) async fn record(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path((id, step)): Path<(String, String)>,
    Form(typed): Form<Fields>,
) -> Result<Response, AppError> {
    let (form, donor_side) = match step.as_str() {
        "patient" => ("patient", false),
        "donations" => ("donation", true),
        "transplant" => ("transplant", false),
        "status" => ("status", false),
        _ => return Err(AppError::NotFound),
    };
    cases::authorize_step(&state, &user, &id, donor_side).await?;
    let result = match form {
        "patient" => attach_patient(&state, &user, &id, &typed).await,
        "donation" => match required_day(get(&typed, "collected_on"), "collected_on") {
            Ok(collected_on) => {
                let input = DonationInput {
                    product: get(&typed, "product").to_owned(),
                    collected_on,
                    donor_choice: optional(get(&typed, "donor_choice")),
                };
                cases::add_donation(&state, &user, &id, input).await.map(|_| ())
            }
            Err(e) => Err(e),
        },
        "transplant" => match required_day(get(&typed, "date"), "date") {
            Ok(date) => cases::set_transplant(&state, &user, &id, date).await,
            Err(e) => Err(e),
        },
        _ => match required_day(get(&typed, "on"), "on") {
            Ok(on) => cases::add_status(&state, &user, &id, get(&typed, "status"), on).await,
            Err(e) => Err(e),
        },
    };
    answer(&state, &user, ctx, &id, form, typed, result).await
}

async fn attach_patient(state: &AppState, user: &CurrentUser, id: &str, typed: &Fields) -> Result<(), CaseError> {
    let relation = get(typed, "proxy_relation");
    let input = PatientInput {
        person: PersonInput {
            full_name: get(typed, "full_name").to_owned(),
            email: get(typed, "email").to_owned(),
            country: get(typed, "country").to_owned(),
            town: optional(get(typed, "town")),
            date_of_birth: day(get(typed, "date_of_birth"), "date_of_birth")?,
            grid: None,
            language: optional(get(typed, "language")),
            sex: optional(get(typed, "sex")),
        },
        proxy: (!relation.is_empty()).then(|| ProxyInput {
            full_name: get(typed, "proxy_full_name").to_owned(),
            email: get(typed, "proxy_email").to_owned(),
            relation: relation.to_owned(),
        }),
    };
    cases::attach_patient(state, user, id, input).await
}

/// `POST /pairings/{id}/manage/participants/{participant}/invite`.
pub(super) async fn reinvite(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path((id, participant)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let result = cases::reinvite(&state, &user, &id, &participant).await;
    answer(&state, &user, ctx, &id, "invite", Vec::new(), result).await
}

/// `POST /pairings/{id}/manage/close`: closes the case.
pub(super) async fn close(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let result = cases::close(&state, &user, &id).await;
    answer(&state, &user, ctx, &id, "close", Vec::new(), result).await
}

/// `POST /pairings/{id}/manage/participants/{participant}/erase`: erases the participant's identity.
pub(super) async fn erase(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path((id, participant)): Path<(String, String)>,
    Form(mut typed): Form<Fields>,
) -> Result<Response, AppError> {
    use crate::services::erasure::{ErasureError, erase_participant};
    let result = erase_participant(&state, &user, &id, &participant, get(&typed, "reason")).await.map(|_| ()).map_err(
        |e| match e {
            ErasureError::BadInput(why) => CaseError::Invalid { field: "reason".into(), why },
            ErasureError::AlreadyErased => CaseError::Conflict("erased", "already erased"),
            ErasureError::NotFound => CaseError::NotFound,
            ErasureError::Forbidden(why) => CaseError::Forbidden(why),
            ErasureError::Store(e) => CaseError::Store(e),
        },
    );
    typed.push(("participant".to_owned(), participant));
    answer(&state, &user, ctx, &id, "erase", typed, result).await
}

/// `POST /pairings/{id}/manage/participants/{participant}/email`.
pub(super) async fn change_email(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path((id, participant)): Path<(String, String)>,
    Form(mut typed): Form<Fields>,
) -> Result<Response, AppError> {
    let result = cases::change_email(&state, &user, &id, &participant, get(&typed, "email")).await;
    typed.push(("participant".to_owned(), participant));
    answer(&state, &user, ctx, &id, "email", typed, result).await
}
