#include "ComposerAttachments.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gilde
{

namespace
{

constexpr int ThumbSize = 72;

/// A small picture of the file, read at about the size it is shown.
QImage thumbnailOf(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > ThumbSize * 2 || size.height() > ThumbSize * 2))
        reader.setScaledSize(size.scaled(ThumbSize * 2, ThumbSize * 2, Qt::KeepAspectRatioByExpanding));
    return reader.read();
}

} // namespace

ComposerAttachments::ComposerAttachments(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

QString ComposerAttachments::fileFilter()
{
    return tr("Pictures, videos and sounds (*.png *.jpg *.jpeg *.gif *.webp *.avif *.heic *.mp4 *.webm *.mov *.mp3 *.ogg *.wav *.flac *.m4a)");
}

QString ComposerAttachments::addFiles(const QStringList &paths)
{
    QStringList left;
    for (const QString &path : paths) {
        if (m_rows.size() >= mastodon::MaxMedia) {
            left << QFileInfo(path).fileName();
            continue;
        }
        addRow({ path, QString() });
    }
    emit changed();
    return left.isEmpty() ? QString()
                          : tr("A post takes at most %n pictures; left out: %1", nullptr, mastodon::MaxMedia)
                                .arg(left.join(QStringLiteral(", ")));
}

void ComposerAttachments::setMedia(const QList<mastodon::MediaDraft> &media)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().widget);
    for (const mastodon::MediaDraft &m : media)
        addRow(m);
    emit changed();
}

QList<mastodon::MediaDraft> ComposerAttachments::media() const
{
    QList<mastodon::MediaDraft> out;
    for (const Row &row : m_rows)
        out.append({ row.path, row.description->text().trimmed() });
    return out;
}

QLineEdit *ComposerAttachments::descriptionField(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).description : nullptr;
}

void ComposerAttachments::addRow(const mastodon::MediaDraft &media)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *thumb = new QLabel(row);
    thumb->setFixedSize(ThumbSize, ThumbSize);
    thumb->setAlignment(Qt::AlignCenter);
    thumb->setFrameShape(QFrame::StyledPanel);
    thumb->setText(QFileInfo(media.path).suffix().toUpper());
    thumb->setAccessibleName(tr("Picture %1").arg(QFileInfo(media.path).fileName()));
    auto *fields = new QVBoxLayout;
    auto *label = new QLabel(tr("Description (alt text) of %1").arg(QFileInfo(media.path).fileName()), row);
    auto *description = new QLineEdit(media.description, row);
    description->setPlaceholderText(tr("What it shows, for those who cannot see it"));
    description->setAccessibleName(tr("Description of %1").arg(QFileInfo(media.path).fileName()));
    description->setMaxLength(1500);
    label->setBuddy(description);
    fields->addWidget(label);
    fields->addWidget(description);
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("×"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Take it off the post"));
    remove->setAccessibleName(tr("Remove %1").arg(QFileInfo(media.path).fileName()));
    layout->addWidget(thumb);
    layout->addLayout(fields, 1);
    layout->addWidget(remove, 0, Qt::AlignTop);
    m_layout->addWidget(row);
    m_rows.append({ row, media.path, description });
    connect(remove, &QToolButton::clicked, this, [this, row] {
        removeRow(row);
        emit changed();
    });
    connect(description, &QLineEdit::textChanged, this, &ComposerAttachments::changed);
    show();

    // The picture itself, once read (a photo of many megapixels takes a while).
    QPointer<QLabel> target(thumb);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [watcher, target] {
        watcher->deleteLater();
        const QImage image = watcher->result();
        if (!target || image.isNull())
            return;
        const qreal dpr = target->devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(image.scaled(QSize(ThumbSize, ThumbSize) * dpr, Qt::KeepAspectRatioByExpanding,
            Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(dpr);
        target->setPixmap(pixmap);
    });
    watcher->setFuture(QtConcurrent::run(thumbnailOf, media.path));
}

void ComposerAttachments::removeRow(QWidget *row)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == row) {
            m_rows.removeAt(i);
            break;
        }
    }
    row->deleteLater();
    row->hide();
    setVisible(!m_rows.isEmpty());
}

} // namespace gilde
