#include "WidgetText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabBar>
#include <QTextEdit>

namespace brainmd::test {

namespace {

void modelTexts(const QAbstractItemModel *model, QStringList *out) {
    if (model == nullptr)
        return;
    const int rows = std::min(model->rowCount(), 500);
    for (int c = 0; c < model->columnCount(); ++c)
        *out << model->headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < rows; ++r) {
        *out << model->headerData(r, Qt::Vertical).toString();
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            *out << model->data(index).toString() << model->data(index, Qt::ToolTipRole).toString();
        }
    }
}

} // namespace

QString ownText(const QWidget *w) {
    QStringList parts{w->toolTip(), w->isWindow() ? w->windowTitle() : QString()};
    if (const auto *label = qobject_cast<const QLabel *>(w))
        parts << label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        parts << button->text();
    else if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        parts << edit->text() << edit->placeholderText();
    else if (const auto *text = qobject_cast<const QTextEdit *>(w))
        parts << text->toPlainText();
    else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        parts << plain->toPlainText();
    else if (const auto *combo = qobject_cast<const QComboBox *>(w))
        parts << combo->currentText();
    else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
        parts << spin->text();
    else if (const auto *group = qobject_cast<const QGroupBox *>(w))
        parts << group->title();
    else if (const auto *bar = qobject_cast<const QStatusBar *>(w))
        parts << bar->currentMessage();
    else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            parts << tabs->tabText(i) << tabs->tabToolTip(i);
    } else if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
        modelTexts(view->model(), &parts);
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

QStringList visibleTexts() {
    QStringList out;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (const QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible())
                continue;
            const QString text = ownText(w);
            if (!text.isEmpty())
                out << QStringLiteral("%1#%2: %3")
                           .arg(QLatin1String(w->metaObject()->className()), w->objectName(), text);
        }
    }
    return out;
}

} // namespace brainmd::test
