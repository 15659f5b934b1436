#include "SettingsView.h"

#include "Theme.h"
#include "secrets/SecretStore.h"
#include "drafting/LlmClient.h"
#include "mail/GraphAuth.h"
#include "sync/InvoiceLookup.h"
#include "sync/SageCsv.h"
#include "workflow/AdminActions.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryFile>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
QComboBox* combo(QWidget* parent, const QStringList& values)
{
    auto* c = new QComboBox(parent);
    for (const QString& v : values)
        c->addItem(v, v);
    return c;
}
void setCombo(QComboBox* c, const QString& v)
{
    const int i = c->findData(v);
    c->setCurrentIndex(i >= 0 ? i : 0);
}
QString secretLabel(Secret s)
{
    switch (s) {
    case Secret::AccountingApiKey: return QCoreApplication::translate("relance::ui::SettingsView", "Accounting API key");
    case Secret::CrmAccessToken: return QCoreApplication::translate("relance::ui::SettingsView", "CRM access token");
    case Secret::LlmApiKey: return QCoreApplication::translate("relance::ui::SettingsView", "LLM API key");
    case Secret::GraphRefreshToken: return QCoreApplication::translate("relance::ui::SettingsView", "Mail sign-in (refresh token)");
    }
    return {};
}
} // namespace

SettingsView::SettingsView(ReviewSession& session, QWidget* parent) : QWidget(parent), m_s(session)
{
    setObjectName(QStringLiteral("page"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto* head = new QHBoxLayout;
    auto* title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* where = new QLabel(m_s.configFile.isEmpty() ? tr("Saved in your user settings")
                                                      : tr("Saved in %1").arg(m_s.configFile), this);
    where->setObjectName(QStringLiteral("cardCaption"));
    auto* saveButton = new QPushButton(icon(QStringLiteral("save")), tr("Save settings"), this);
    head->addWidget(title);
    head->addWidget(where, 1);
    head->addWidget(saveButton);
    outer->addLayout(head);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("page"));
    auto* grid = new QGridLayout(content);
    grid->setSpacing(10);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto group = [&](const QString& name, int row, int col) {
        auto* g = new QGroupBox(name, content);
        auto* f = new QFormLayout(g);
        f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        grid->addWidget(g, row, col);
        return f;
    };

    QFormLayout* acc = group(tr("Accounting (Sage 50)"), 0, 0);
    m_accountingSource = combo(content, {QStringLiteral("demo"), QStringLiteral("odata"), QStringLiteral("sage50-csv")});
    acc->addRow(tr("Source"), m_accountingSource);
    acc->addRow(tr("OData service URL"), line(QStringLiteral("accounting/url")));
    acc->addRow(tr("Entity set"), line(QStringLiteral("accounting/entitySet")));
    acc->addRow(tr("CSV export file"), line(QStringLiteral("accounting/csvFile")));
    acc->addRow(secretLabel(Secret::AccountingApiKey), secretRow(Secret::AccountingApiKey));
    acc->addRow(testRow(QStringLiteral("accounting")));

    QFormLayout* crm = group(tr("CRM (Dynamics 365)"), 0, 1);
    m_crmSource = combo(content, {QStringLiteral("demo"), QStringLiteral("none"), QStringLiteral("dataverse")});
    crm->addRow(tr("Source"), m_crmSource);
    crm->addRow(tr("Web API URL"), line(QStringLiteral("crm/url")));
    crm->addRow(secretLabel(Secret::CrmAccessToken), secretRow(Secret::CrmAccessToken));
    crm->addRow(testRow(QStringLiteral("crm")));

    QFormLayout* llm = group(tr("Language model"), 1, 0);
    m_llmProvider = combo(content, {QStringLiteral("template"), QStringLiteral("azure"), QStringLiteral("openai-compatible")});
    llm->addRow(tr("Provider"), m_llmProvider);
    llm->addRow(tr("Endpoint"), line(QStringLiteral("llm/endpoint")));
    llm->addRow(tr("Deployment"), line(QStringLiteral("llm/deployment")));
    llm->addRow(tr("Model"), line(QStringLiteral("llm/model")));
    llm->addRow(secretLabel(Secret::LlmApiKey), secretRow(Secret::LlmApiKey));
    llm->addRow(testRow(QStringLiteral("llm")));

    QFormLayout* mail = group(tr("Mail (Microsoft 365)"), 1, 1);
    m_mailTransport = combo(content, {QStringLiteral("outbox-dir"), QStringLiteral("graph")});
    mail->addRow(tr("Transport"), m_mailTransport);
    mail->addRow(tr("Application (client) ID"), line(QStringLiteral("mail/clientId")));
    mail->addRow(tr("Mailbox"), line(QStringLiteral("mail/mailbox")));
    mail->addRow(tr("Outbox folder"), line(QStringLiteral("mail/outboxDir")));
    mail->addRow(tr("Sign-in"), signInRow());
    mail->addRow(testRow(QStringLiteral("mail")));

    QFormLayout* sending = group(tr("Sending and replies"), 2, 1);
    sending->addRow(tr("Sending rate"), spinBox(QStringLiteral("mail/sendsPerMinute"), 1, 10000, tr(" per minute")));
    m_spins.value(QStringLiteral("mail/sendsPerMinute"))
        ->setToolTip(tr("At most this many reminders a minute; Exchange accepts about 30 a minute from one sender."));
    sending->addRow(tr("Accounting data age"),
                    spinBox(QStringLiteral("accounting/maxSyncAgeMinutes"), 1, 10080, tr(" minutes at most")));
    m_spins.value(QStringLiteral("accounting/maxSyncAgeMinutes"))
        ->setToolTip(tr("Right before sending, the accounting data (the last sync, or the source's own answer) must be no "
                        "older than this; otherwise the reminder waits."));
    sending->addRow(tr("Pause after a reply"), spinBox(QStringLiteral("mail/replyPauseDays"), 1, 365, tr(" days")));
    m_spins.value(QStringLiteral("mail/replyPauseDays"))
        ->setToolTip(tr("When a client answers a reminder, chasing that client pauses this many days and the accountant "
                        "gets a task."));
    m_autoSend = new QCheckBox(tr("Send light-bucket reminders without review"), content);
    sending->addRow(m_autoSend); // the whole row: the sentence is long in German
    sending->addRow(tr("Auto-send cap"), line(QStringLiteral("reminders/autoSendCap")));

    QFormLayout* db = group(tr("Database"), 3, 1);
    db->addRow(tr("URL"), line(QStringLiteral("database/url")));
    m_edits[QStringLiteral("database/url")]->setPlaceholderText(tr("empty: %1").arg(defaultDatabaseUrl()));
    db->addRow(testRow(QStringLiteral("database")));

    QFormLayout* aging = group(tr("Aging"), 2, 0);
    m_light = new QSpinBox(content);
    m_light->setRange(1, 365);
    m_light->setSuffix(tr(" days"));
    m_moderate = new QSpinBox(content);
    m_moderate->setRange(2, 730);
    m_moderate->setSuffix(tr(" days"));
    m_dsoWindow = new QSpinBox(content);
    m_dsoWindow->setRange(30, 365);
    m_dsoWindow->setSuffix(tr(" days"));
    aging->addRow(tr("Light up to"), m_light);
    aging->addRow(tr("Moderate up to"), m_moderate);
    aging->addRow(tr("DSO window"), m_dsoWindow);
    aging->addRow(tr("Base currency"), line(QStringLiteral("aging/baseCurrency")));
    aging->addRow(tr("Payment IBAN"), line(QStringLiteral("reminders/paymentIban")));
    aging->addRow(tr("Firm name"), line(QStringLiteral("reminders/firmName")));

    QFormLayout* ui = group(tr("Workstation"), 3, 0);
    m_language = new QComboBox(content);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    ui->addRow(tr("Language"), m_language);
    grid->setRowStretch(4, 1);

    connect(saveButton, &QPushButton::clicked, this, &SettingsView::save);
    if (!m_s.isAdmin()) {
        saveButton->setEnabled(false); // core refuses it too (AdminActions::saveSettings)
        saveButton->setToolTip(tr("Only an administrator may change the settings."));
    }
    load(m_s.config);
    showSignInState();
}

QSpinBox* SettingsView::spinBox(const QString& key, int lo, int hi, const QString& suffix)
{
    auto* s = new QSpinBox(this);
    s->setObjectName(key);
    s->setRange(lo, hi);
    s->setSuffix(suffix);
    m_spins.insert(key, s);
    return s;
}

QLineEdit* SettingsView::line(const QString& key)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(key);
    m_edits.insert(key, e);
    return e;
}

QWidget* SettingsView::secretRow(Secret s)
{
    auto* w = new QWidget(this);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(w);
    edit->setEchoMode(QLineEdit::Password);
    edit->setObjectName(QStringLiteral("secret/") + secretKey(s));
    edit->setPlaceholderText(tr("enter a new value to replace it"));
    auto* store = new QPushButton(tr("Store in keychain"), w);
    auto* state = new QLabel(w);
    state->setObjectName(QStringLiteral("cardCaption"));
    state->setWordWrap(true); // "keychain unavailable" may take two short lines rather than push the page wider
    l->addWidget(edit, 1);
    l->addWidget(store);
    l->addWidget(state);
    m_secretState.insert(int(s), state);
    if (!m_s.secrets) {
        edit->setEnabled(false);
        store->setEnabled(false);
        state->setText(tr("keychain not available"));
        return w;
    }
    // Only whether a secret exists is shown, never its value.
    state->setText(tr("checking…"));
    m_s.secrets->read(s, state, [state](Result<QString> r) {
        state->setText(r ? tr("stored") : r.error().code == ErrorCode::NotFound ? tr("not set") : tr("keychain unavailable"));
    });
    connect(store, &QPushButton::clicked, this, [this, s, edit, state] {
        const QString value = edit->text();
        if (value.isEmpty())
            return;
        edit->clear();
        state->setText(tr("storing…"));
        m_s.secrets->write(s, value, state, [this, state, s](Result<void> r) {
            state->setText(r ? tr("stored") : tr("not stored"));
            if (!r)
                Q_EMIT message(2, tr("The keychain refused %1: %2").arg(secretLabel(s), r.error().detail));
        });
    });
    return w;
}

QWidget* SettingsView::testRow(const QString& service)
{
    auto* w = new QWidget(this);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    auto* button = new QPushButton(tr("Test connection"), w);
    button->setObjectName(QStringLiteral("test/") + service);
    auto* result = new QLabel(w);
    result->setWordWrap(true);
    l->addWidget(button);
    l->addWidget(result, 1);
    m_testResults.insert(service, result);
    connect(button, &QPushButton::clicked, this, [this, service] { testConnection(service); });
    return w;
}

void SettingsView::testConnection(const QString& service)
{
    QLabel* result = m_testResults.value(service);
    if (service == QLatin1String("database")) {
        const QString url = m_edits[QStringLiteral("database/url")]->text().trimmed();
        auto db = Database::open(url.isEmpty() ? defaultDatabaseUrl() : url);
        if (!db) {
            result->setText(QStringLiteral("<span style='color:#b82e2e'>%1</span>").arg(tr("Failed: %1").arg(db.error().detail).toHtmlEscaped()));
            return;
        }
        auto version = (*db)->schemaVersion();
        result->setText(version ? QStringLiteral("<span style='color:#2e7d32'>%1</span>")
                                      .arg(tr("Connected, schema version %1.").arg(*version).toHtmlEscaped())
                                : QStringLiteral("<span style='color:#b82e2e'>%1</span>").arg(tr("Failed: %1").arg(version.error().detail).toHtmlEscaped()));
        return;
    }
    auto failed = [result](const QString& detail) {
        result->setText(QStringLiteral("<span style='color:#b82e2e'>%1</span>").arg(tr("Failed: %1").arg(detail).toHtmlEscaped()));
    };
    auto succeeded = [result](const QString& text) {
        result->setText(QStringLiteral("<span style='color:#2e7d32'>%1</span>").arg(text.toHtmlEscaped()));
    };
    const Config c = edited();
    if (service == QLatin1String("llm")) {
        if (c.llm.provider == u"template")
            return succeeded(tr("The built-in templates need no connection."));
        result->setText(tr("Testing…"));
        // One tiny request through core/drafting's client, with the key from the keychain (or the environment).
        auto withKey = [this, c, failed, succeeded](const QString& key) {
            auto endpoint = resolveLlmEndpoint(c.llm, key);
            if (!endpoint)
                return failed(endpoint.error().detail);
            auto* client = new LlmClient(*endpoint, this);
            ChatRequest request;
            request.system = QStringLiteral("Answer with the JSON object {\"subject\": \"ok\", \"body\": \"ok\"}.");
            request.user = QStringLiteral("Connection test.");
            request.maxCompletionTokens = 40;
            request.mode = ResponseMode::JsonObject;
            client->send(request, this, [client, failed, succeeded](const LlmOutcome& o) {
                client->deleteLater();
                // Any answer of the model means the endpoint, the key and the deployment are right.
                const bool answered = o.ok() || o.failure == LlmFailure::BadReply || o.failure == LlmFailure::Truncated ||
                                      o.failure == LlmFailure::ContentFilter || o.failure == LlmFailure::SchemaUnsupported;
                if (answered)
                    succeeded(tr("Connected: the model answered (%1).")
                                  .arg(o.reply.model.isEmpty() ? client->endpoint().modelLabel : o.reply.model));
                else
                    failed(o.httpStatus ? QStringLiteral("HTTP %1: %2").arg(o.httpStatus).arg(o.detail) : o.detail);
            });
        };
        if (!m_s.secrets)
            return withKey(secretFromEnvironment(Secret::LlmApiKey).value_or(QString()));
        m_s.secrets->read(Secret::LlmApiKey, this, [withKey](Result<QString> key) { withKey(key ? *key : QString()); });
        return;
    }
    if (service == QLatin1String("accounting")) {
        if (c.accounting.source == u"demo")
            return succeeded(tr("The demo data set needs no connection."));
        if (c.accounting.source == u"sage50-csv") {
            // Reads the export the way an import would, without storing anything: the row and reason of a problem show.
            if (c.accounting.csvFile.isEmpty())
                return failed(tr("no export file is set"));
            sync::CsvReadInfo info;
            auto snapshot = sync::readSageCsv(c.accounting.csvFile, c.accounting, &info);
            if (!snapshot)
                return failed(snapshot.error().detail);
            return succeeded(tr("Readable: %n open invoice(s) in the export.", "", int(snapshot->invoices.size())));
        }
        result->setText(tr("Testing…"));
        // One look-up through the sync's own OData client, with the stored key: a number no invoice has, so the
        // answer is an empty page from a facade that is there and accepts the key.
        auto withKey = [this, c, failed, succeeded](const QString& key) {
            auto* nam = new QNetworkAccessManager(this);
            sync::BackoffPolicy once;
            once.maxAttempts = 1;
            auto* lookup = new sync::InvoiceLookup(nam, c.accounting, key, once, nam);
            lookup->fetch({QStringLiteral("relance-connection-test")}, [nam, failed, succeeded](Result<sync::LookupResult> r) {
                nam->deleteLater();
                if (r)
                    succeeded(tr("Connected: the facade answered."));
                else if (r.error().code == ErrorCode::AuthRejected)
                    failed(tr("credentials rejected: %1").arg(r.error().detail));
                else
                    failed(r.error().detail);
            });
        };
        if (c.accounting.auth == u"none")
            return withKey(QString());
        if (!m_s.secrets)
            return withKey(secretFromEnvironment(Secret::AccountingApiKey).value_or(QString()));
        m_s.secrets->read(Secret::AccountingApiKey, this, [withKey](Result<QString> key) { withKey(key ? *key : QString()); });
        return;
    }
    if (service == QLatin1String("crm")) {
        if (c.crm.source != u"dataverse")
            return succeeded(tr("No CRM connection is configured (demo history or none)."));
        // The Dataverse client is driven by the sync; its first page tells whether the token is accepted.
        return succeeded(tr("Use Sync now: the CRM history is read with the accounting data, and a refused token is shown in the banner."));
    }
    if (service == QLatin1String("mail")) {
        if (c.mail.transport != u"graph")
            return succeeded(tr("The outbox folder transport needs no connection."));
        if (!m_s.secrets)
            return failed(tr("no keychain: the mail sign-in cannot be read"));
        result->setText(tr("Testing…"));
        // A token refresh through core/mail's GraphAuth, with the stored sign-in.
        auto* auth = new mail::GraphAuth(mail::AuthOptions::fromConfig(c.mail), m_s.secrets, this);
        connect(auth, &mail::GraphAuth::signInNeeded, this, [this](const QString& why) {
            setSignInText(tr("Sign in again: %1").arg(why), QStringLiteral("#b82e2e"));
        });
        connect(auth, &mail::GraphAuth::accountChanged, this, &SettingsView::rememberAccount);
        auth->accessToken(this, [auth, failed, succeeded](Result<QString> token) {
            auth->deleteLater();
            if (token)
                succeeded(tr("Connected: the mail sign-in is valid."));
            else
                failed(token.error().detail);
        });
        return;
    }
}

namespace {
SettingsView::UrlOpener& urlOpener()
{
    static SettingsView::UrlOpener opener;
    return opener;
}
const QString kAccountKey = QStringLiteral("mail.account"); // sync_state: who signed in (not a secret)
} // namespace

void SettingsView::setUrlOpener(UrlOpener opener) { urlOpener() = std::move(opener); }

QWidget* SettingsView::signInRow()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    auto* l = new QHBoxLayout;
    m_signInState = new QLabel(w);
    m_signInState->setObjectName(QStringLiteral("mail/signInState"));
    m_signInState->setWordWrap(true);
    m_signInButton = new QPushButton(tr("Sign in…"), w);
    m_signInButton->setObjectName(QStringLiteral("mail/signIn"));
    m_signInButton->setToolTip(tr("Opens the Microsoft 365 sign-in page in your browser"));
    m_signOutButton = new QPushButton(tr("Sign out"), w);
    m_signOutButton->setObjectName(QStringLiteral("mail/signOut"));
    m_signOutButton->setToolTip(tr("Removes the saved sign-in from the keychain"));
    // State on its own line, buttons under it: the row stays narrow in every language.
    v->addWidget(m_signInState);
    l->addWidget(m_signInButton);
    l->addWidget(m_signOutButton);
    l->addStretch(1);
    v->addLayout(l);
    m_signInLink = new QLabel(w);
    m_signInLink->setObjectName(QStringLiteral("cardCaption"));
    m_signInLink->setWordWrap(true);
    m_signInLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_signInLink->setOpenExternalLinks(false);
    m_signInLink->hide();
    v->addWidget(m_signInLink);
    connect(m_signInButton, &QPushButton::clicked, this, &SettingsView::signIn);
    connect(m_signOutButton, &QPushButton::clicked, this, &SettingsView::signOut);
    connect(m_signInLink, &QLabel::linkActivated, this, [](const QString& link) {
        if (urlOpener())
            urlOpener()(QUrl(link));
        else
            QDesktopServices::openUrl(QUrl(link));
    });
    return w;
}

void SettingsView::setSignInText(const QString& text, const QString& colour)
{
    m_signInState->setText(colour.isEmpty() ? text.toHtmlEscaped()
                                            : QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, text.toHtmlEscaped()));
}

void SettingsView::showSignInState()
{
    if (!m_s.secrets) {
        setSignInText(tr("keychain not available"));
        m_signInButton->setEnabled(false);
        m_signOutButton->setEnabled(false);
        return;
    }
    setSignInText(tr("checking…"));
    m_s.secrets->read(Secret::GraphRefreshToken, this, [this](Result<QString> r) {
        if (m_auth) // a sign-in started meanwhile: its own progress is shown
            return;
        if (!r) {
            setSignInText(r.error().code == ErrorCode::NotFound ? tr("Not signed in") : tr("keychain unavailable"));
            m_signOutButton->setEnabled(false);
            return;
        }
        const bool fromEnvironment = secretFromEnvironment(Secret::GraphRefreshToken).has_value();
        auto account = m_s.store->syncValue(kAccountKey);
        const QString who = account && *account ? **account : QString();
        setSignInText(fromEnvironment ? tr("Signed in (RELANCE_GRAPH_REFRESH_TOKEN is set)")
                      : who.isEmpty() ? tr("Signed in")
                                      : tr("Signed in as %1").arg(who),
                      QStringLiteral("#2e7d32"));
        m_signOutButton->setEnabled(!fromEnvironment);
    });
}

void SettingsView::rememberAccount(const QString& account)
{
    if (account.isEmpty())
        return;
    auto ok = m_s.db->transaction([&] { return m_s.store->setSyncValue(kAccountKey, account); });
    if (!ok)
        Q_EMIT message(1, tr("Signed in, but the account name was not saved: %1").arg(ok.error().detail));
}

void SettingsView::signIn()
{
    if (m_auth) { // the button reads "Cancel sign-in" while waiting
        m_auth->cancelBrowserSignIn();
        m_auth->deleteLater();
        m_auth = nullptr;
        m_signInLink->hide();
        m_signInButton->setText(tr("Sign in…"));
        showSignInState();
        return;
    }
    if (!m_s.secrets)
        return;
    const Config c = edited(); // the client id as typed, saved or not
    m_auth = new mail::GraphAuth(mail::AuthOptions::fromConfig(c.mail), m_s.secrets, this);
    connect(m_auth, &mail::GraphAuth::accountChanged, this, &SettingsView::rememberAccount);
    QPointer<mail::GraphAuth> auth = m_auth;
    auto url = m_auth->signInWithBrowser(this, [this, auth](Result<void> r) {
        if (!auth || auth != m_auth)
            return; // cancelled
        const QString account = auth->account();
        auth->deleteLater();
        m_auth = nullptr;
        m_signInLink->hide();
        m_signInButton->setText(tr("Sign in…"));
        if (!r) {
            setSignInText(tr("Sign-in failed: %1").arg(r.error().detail), QStringLiteral("#b82e2e"));
            Q_EMIT message(2, tr("The sign-in to Microsoft 365 failed: %1").arg(r.error().detail));
            return;
        }
        if (account.isEmpty()) // the server did not name the account: forget an older name
            (void)m_s.db->transaction([&] { return m_s.store->setSyncValue(kAccountKey, QString()); });
        setSignInText(account.isEmpty() ? tr("Signed in") : tr("Signed in as %1").arg(account), QStringLiteral("#2e7d32"));
        m_signOutButton->setEnabled(!secretFromEnvironment(Secret::GraphRefreshToken).has_value());
        Q_EMIT message(0, account.isEmpty() ? tr("Signed in to Microsoft 365; the sign-in is kept in the keychain.")
                                            : tr("Signed in to Microsoft 365 as %1; the sign-in is kept in the keychain.").arg(account));
    });
    if (!url) {
        m_auth->deleteLater();
        m_auth = nullptr;
        setSignInText(tr("Sign-in failed: %1").arg(url.error().detail), QStringLiteral("#b82e2e"));
        return;
    }
    m_signInButton->setText(tr("Cancel sign-in"));
    setSignInText(tr("Waiting for you to sign in in the browser…"));
    const QString address = url->toString(QUrl::FullyEncoded);
    m_signInLink->setText(tr("If no browser opened, <a href=\"%1\">open the sign-in page</a> on this computer.").arg(address.toHtmlEscaped()));
    m_signInLink->show();
    const bool opened = urlOpener() ? urlOpener()(*url) : QDesktopServices::openUrl(*url);
    if (!opened)
        Q_EMIT message(1, tr("No browser could be opened: use the link under Sign-in on this computer."));
    // Nobody came back: stop listening after a while, as the command line does.
    QTimer::singleShot(std::chrono::minutes(10), auth.data(), [this, auth] {
        if (auth && auth == m_auth) {
            signIn(); // cancels
            setSignInText(tr("Sign-in timed out: the browser did not come back within 10 minutes."), QStringLiteral("#b82e2e"));
        }
    });
}

void SettingsView::signOut()
{
    if (!m_s.secrets)
        return;
    if (m_auth)
        signIn(); // cancel a sign-in in progress
    auto* auth = new mail::GraphAuth(mail::AuthOptions::fromConfig(m_s.config.mail), m_s.secrets, this);
    setSignInText(tr("Signing out…"));
    auth->signOut(this, [this, auth](Result<void> r) {
        auth->deleteLater();
        if (!r) {
            setSignInText(tr("Sign-out failed: %1").arg(r.error().detail), QStringLiteral("#b82e2e"));
            return;
        }
        (void)m_s.db->transaction([&] { return m_s.store->setSyncValue(kAccountKey, QString()); });
        setSignInText(tr("Not signed in"));
        m_signOutButton->setEnabled(false);
        Q_EMIT message(0, tr("Signed out: the saved sign-in was removed from the keychain."));
    });
}

void SettingsView::load(const Config& c)
{
    setCombo(m_accountingSource, c.accounting.source);
    m_edits[QStringLiteral("accounting/url")]->setText(c.accounting.url);
    m_edits[QStringLiteral("accounting/entitySet")]->setText(c.accounting.entitySet);
    m_edits[QStringLiteral("accounting/csvFile")]->setText(c.accounting.csvFile);
    setCombo(m_crmSource, c.crm.source);
    m_edits[QStringLiteral("crm/url")]->setText(c.crm.url);
    setCombo(m_llmProvider, c.llm.provider);
    m_edits[QStringLiteral("llm/endpoint")]->setText(c.llm.endpoint);
    m_edits[QStringLiteral("llm/deployment")]->setText(c.llm.deployment);
    m_edits[QStringLiteral("llm/model")]->setText(c.llm.model);
    setCombo(m_mailTransport, c.mail.transport);
    m_edits[QStringLiteral("mail/clientId")]->setText(c.mail.clientId);
    m_edits[QStringLiteral("mail/mailbox")]->setText(c.mail.mailbox);
    m_edits[QStringLiteral("mail/outboxDir")]->setText(c.mail.outboxDir);
    m_edits[QStringLiteral("database/url")]->setText(c.database.url);
    m_light->setValue(c.aging.light);
    m_moderate->setValue(c.aging.moderate);
    m_dsoWindow->setValue(c.aging.dsoWindowDays);
    m_edits[QStringLiteral("aging/baseCurrency")]->setText(c.aging.baseCurrency);
    m_autoSend->setChecked(c.reminders.autoSendLight);
    m_spins[QStringLiteral("mail/sendsPerMinute")]->setValue(c.mail.sendsPerMinute);
    m_spins[QStringLiteral("accounting/maxSyncAgeMinutes")]->setValue(c.accounting.maxSyncAgeMinutes);
    m_spins[QStringLiteral("mail/replyPauseDays")]->setValue(c.mail.replyPauseDays);
    m_edits[QStringLiteral("reminders/autoSendCap")]->setText(toDecimalString(c.reminders.autoSendCapMinor, c.aging.baseCurrency));
    m_edits[QStringLiteral("reminders/paymentIban")]->setText(c.reminders.paymentIban);
    m_edits[QStringLiteral("reminders/firmName")]->setText(c.reminders.firmName);
    m_language->setCurrentIndex(std::max(0, m_language->findData(c.ui.language)));
}

Config SettingsView::edited() const
{
    Config c = m_s.config;
    auto text = [this](const char* key) { return m_edits.value(QString::fromLatin1(key))->text().trimmed(); };
    c.accounting.source = m_accountingSource->currentData().toString();
    c.accounting.url = text("accounting/url");
    c.accounting.entitySet = text("accounting/entitySet");
    c.accounting.csvFile = text("accounting/csvFile");
    c.crm.source = m_crmSource->currentData().toString();
    c.crm.url = text("crm/url");
    c.llm.provider = m_llmProvider->currentData().toString();
    c.llm.endpoint = text("llm/endpoint");
    c.llm.deployment = text("llm/deployment");
    c.llm.model = text("llm/model");
    c.mail.transport = m_mailTransport->currentData().toString();
    c.mail.clientId = text("mail/clientId");
    c.mail.mailbox = text("mail/mailbox");
    c.mail.outboxDir = text("mail/outboxDir");
    c.database.url = text("database/url");
    c.aging.light = m_light->value();
    c.aging.moderate = m_moderate->value();
    c.aging.dsoWindowDays = m_dsoWindow->value();
    c.aging.baseCurrency = text("aging/baseCurrency").toUpper();
    c.reminders.autoSendLight = m_autoSend->isChecked();
    c.mail.sendsPerMinute = m_spins.value(QStringLiteral("mail/sendsPerMinute"))->value();
    c.accounting.maxSyncAgeMinutes = m_spins.value(QStringLiteral("accounting/maxSyncAgeMinutes"))->value();
    c.mail.replyPauseDays = m_spins.value(QStringLiteral("mail/replyPauseDays"))->value();
    if (auto cap = parseMinorUnits(text("reminders/autoSendCap"), c.aging.baseCurrency))
        c.reminders.autoSendCapMinor = *cap;
    else
        c.reminders.autoSendCapMinor = -1; // refused by save()
    c.reminders.paymentIban = text("reminders/paymentIban");
    c.reminders.firmName = text("reminders/firmName");
    c.ui.language = m_language->currentData().toString();
    return c;
}

bool SettingsView::save()
{
    const Config c = edited();
    if (c.reminders.autoSendCapMinor < 0) {
        Q_EMIT message(2, tr("Not saved: the auto-send cap is not an amount in %1.").arg(c.aging.baseCurrency));
        return false;
    }
    if (c.aging.moderate <= c.aging.light) {
        Q_EMIT message(2, tr("Not saved: the moderate bucket must end after the light one."));
        return false;
    }
    // Core validates the whole file, checks the administrator role in the database, writes and audits the changes.
    std::unique_ptr<QSettings> target = m_s.configFile.isEmpty() ? std::make_unique<QSettings>()
                                                                 : std::make_unique<QSettings>(m_s.configFile, QSettings::IniFormat);
    AdminActions admin(*m_s.store, m_s.actor);
    auto saved = admin.saveSettings(m_s.config, c, *target);
    if (!saved) {
        Q_EMIT message(2, saved.error().code == ErrorCode::AuthRejected
                              ? tr("Not saved: only an administrator may change the settings (%1).").arg(saved.error().detail)
                              : tr("Not saved: %1").arg(saved.error().detail));
        return false;
    }
    m_s.config = c;
    Q_EMIT message(0, tr("Settings saved. Aging thresholds apply after a restart."));
    Q_EMIT configSaved();
    return true;
}

} // namespace relance::ui
