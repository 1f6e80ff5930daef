<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>переименован</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>включён</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>made the default</source>
        <translation>сделан основным</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>синхронизирован</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>повторено</translation>
    </message>
    <message>
        <source>secret rotated</source>
        <translation>секрет заменён</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>приложение</translation>
    </message>
    <message>
        <source>the CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>the watch</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <source>secrets (changed)</source>
        <translation>секреты (изменены)</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Search the changes (a channel, deleted, sync, url …)</source>
        <translation>Поиск изменений (канал, удалён, синхронизирован, url …)</translation>
    </message>
    <message>
        <source>Search the changes</source>
        <translation>Поиск изменений</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Changes to the channels</source>
        <translation>Изменения каналов</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Скрыть уведомление</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>Keyring</source>
        <extracomment>The keyring revision of the shown channel&apos;s secrets, and the job reading them.</extracomment>
        <translation>Хранилище ключей</translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields first.</source>
        <translation>Не сохранено: сначала исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Not saved: it was changed elsewhere meanwhile.</source>
        <translation>Не сохранено: канал тем временем изменили в другом месте.</translation>
    </message>
    <message>
        <source>Deleted elsewhere meanwhile: Save adds it again with your edits.</source>
        <translation>Тем временем канал удалён в другом месте: «Сохранить» добавит его снова с вашими правками.</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile: your edits are kept, and Save merges them.</source>
        <translation>Тем временем канал изменён в другом месте: ваши правки сохранены в форме, «Сохранить» объединит их.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательно.</translation>
    </message>
</context>
<context>
    <name>ChannelList</name>
    <message>
        <source>Filter channels (Ctrl+F)</source>
        <extracomment>The narrowest the Name column gets: names stay readable (&quot;Custom Webhook&quot;, &quot;Ops Telegram&quot;).</extracomment>
        <translation>Фильтр каналов (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>Фильтр каналов</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n канал</numerusform>
            <numerusform>%n канала</numerusform>
            <numerusform>%n каналов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <source>Type</source>
        <extracomment>Column headers shown as a symbol, so that the name keeps the list&apos;s width (the words are in the tooltip). The watch&apos;s word for a channel&apos;s health → its dot&apos;s colour in the Health column. The channel&apos;s settings or secrets changed after this test: it says little of the channel now.</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Последний тест</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхр.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Incomplete: fill in %1, then enable it</source>
        <translation>Неполный: заполните %1, затем включите его</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Основной канал</translation>
    </message>
    <message>
        <source>%1, before the channel was changed</source>
        <translation>%1, до изменения канала</translation>
    </message>
    <message>
        <source>The channel was changed after this test: test it again.</source>
        <translation>Канал изменён после этой проверки: проверьте его снова.</translation>
    </message>
    <message>
        <source>Works (the last scheduled check passed)</source>
        <translation>Работает (последняя плановая проверка прошла)</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>Не работает: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверялся</translation>
    </message>
</context>
<context>
    <name>ChannelWatchDialog</name>
    <message>
        <source>Watch “%1”</source>
        <translation>Наблюдение за «%1»</translation>
    </message>
    <message>
        <source>The watch checks the channel in the background while the app runs (or its service does). An empty field takes the default from Settings.</source>
        <translation>Наблюдение проверяет канал в фоне, пока работает приложение (или его служба). Пустое поле берёт значение по умолчанию из настроек.</translation>
    </message>
    <message>
        <source>Send the watch&apos;s alerts through this channel</source>
        <translation>Отправлять оповещения наблюдения через этот канал</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <extracomment>A conflict&apos;s decision: one side, both, or this computer&apos;s version with the server&apos;s values of these settings.</extracomment>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>оставить мою</translation>
    </message>
    <message>
        <source>keep the server&apos;s</source>
        <translation>оставить серверную</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>оставить обе</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Tick a server value to take it and keep this computer&apos;s other settings.</source>
        <translation>Отметьте значение сервера, чтобы взять его, а остальные настройки оставить с этого компьютера.</translation>
    </message>
    <message>
        <source>Both versions side by side</source>
        <translation>Обе версии рядом</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;мою</translation>
    </message>
    <message>
        <source>This computer&apos;s version replaces the server&apos;s</source>
        <translation>Версия этого компьютера заменит серверную</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation>Оставить &amp;серверную</translation>
    </message>
    <message>
        <source>The server&apos;s version replaces the one here</source>
        <translation>Версия сервера заменит здешнюю</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Оставить &amp;обе</translation>
    </message>
    <message>
        <source>The server&apos;s version is kept as a copy under a new name on both sides</source>
        <translation>Версия сервера сохранится копией под новым именем на обеих сторонах</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Leave this conflict as it is: nothing is overwritten</source>
        <translation>Оставить конфликт как есть: ничего не перезаписывается</translation>
    </message>
    <message>
        <source>Use these choices</source>
        <translation>Применить выбор</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conflict(s) decided. Undecided ones stay listed; nothing of theirs is overwritten.</source>
        <translation>
            <numerusform>Решено %1 из %n конфликта. Нерешённые остаются в списке; ничего в них не перезаписывается.</numerusform>
            <numerusform>Решено %1 из %n конфликтов. Нерешённые остаются в списке; ничего в них не перезаписывается.</numerusform>
            <numerusform>Решено %1 из %n конфликтов. Нерешённые остаются в списке; ничего в них не перезаписывается.</numerusform>
        </translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>mine, with the server&apos;s %1</source>
        <translation>моя, со значениями сервера: %1</translation>
    </message>
    <message>
        <source>keep both: “%1” and “%2”</source>
        <translation>оставить оба: «%1» и «%2»</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Both are kept, on both sides: this computer&apos;s “%1” and the server&apos;s “%2”</source>
        <translation>Сохраняются оба, на обеих сторонах: «%1» этого компьютера и «%2» сервера</translation>
    </message>
    <message>
        <source>Tick to take the server&apos;s value: %1</source>
        <translation>Отметьте, чтобы взять значение сервера: %1</translation>
    </message>
    <message>
        <source>The server&apos;s version cannot be kept here: %1</source>
        <translation>Версию сервера нельзя сохранить здесь: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Основной канал</translation>
    </message>
</context>
<context>
    <name>CurlDialog</name>
    <message>
        <source>Copy as curl — %1</source>
        <translation>Копировать как curl — %1</translation>
    </message>
    <message>
        <source>The PingTower server&apos;s request that creates this channel. Replace YOUR_JWT_TOKEN with your token.</source>
        <translation>Запрос к серверу PingTower, создающий этот канал. Замените YOUR_JWT_TOKEN своим токеном.</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>Включить секреты</translation>
    </message>
    <message>
        <source>Secrets are masked unless this is checked.</source>
        <translation>Пока флажок не установлен, секреты скрыты.</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>Команда curl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>%1 sends over %2 days</source>
        <translation>Отправок: %1 за %2 дн.</translation>
    </message>
    <message>
        <source>Nothing sent in this period</source>
        <translation>За этот период ничего не отправлялось</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
</context>
<context>
    <name>EditorFrame</name>
    <message>
        <source>How to set it up</source>
        <extracomment>How much wider than needed the editor must be before the test panel goes back beside the form. A field of the type&apos;s form was changed by the person (or an add-on), by key. The draft&apos;s check as last rendered (see ``problems``). The Save bar&apos;s line speaks of the form&apos;s problems (or of reading secrets): it goes when they do. Where secrets go: the keyring (True), memory only (False), or not yet known (None); and its name.</extracomment>
        <translation>Как настроить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Required. The channel&apos;s name, unique among your channels.</source>
        <translation>Обязательно. Название канала, уникальное среди ваших каналов.</translation>
    </message>
    <message>
        <source>e.g. On-call Telegram</source>
        <translation>например, Дежурный Telegram</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <source>Disabled channels are skipped by Test all.</source>
        <translation>Выключенные каналы пропускаются при проверке всех.</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Основной канал</translation>
    </message>
    <message>
        <source>At most one channel is the default, and it is enabled; choosing this one clears the other.</source>
        <translation>Основным может быть только один канал, и он включён; выбор этого снимает отметку с другого.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the channel (Ctrl+S)</source>
        <translation>Сохранить канал (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the changes not yet saved</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <source>Copy as curl…</source>
        <translation>Копировать как curl…</translation>
    </message>
    <message>
        <source>The PingTower server&apos;s create request for this channel</source>
        <translation>Запрос к серверу PingTower, создающий этот канал</translation>
    </message>
    <message>
        <source>Select a channel on the left, or add one with Ctrl+N.</source>
        <translation>Выберите канал слева или добавьте новый (Ctrl+N).</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Сначала исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>%1 — %2 channel</source>
        <translation>%1 — канал %2</translation>
    </message>
    <message>
        <source>New %1 channel</source>
        <translation>Новый канал %1</translation>
    </message>
    <message>
        <source>%1 — new %2 channel</source>
        <translation>%1 — новый канал %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n поле требует внимания.</numerusform>
            <numerusform>%n поля требуют внимания.</numerusform>
            <numerusform>%n полей требуют внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the required fields (marked *).</source>
        <translation>Заполните обязательные поля (отмечены *).</translation>
    </message>
    <message>
        <source>Reading the secrets from the keyring…</source>
        <translation>Секреты читаются из хранилища ключей…</translation>
    </message>
    <message>
        <source>%1: kept in the system keyring, never in the config file.</source>
        <translation>%1: хранится в системном хранилище ключей и никогда не попадает в файл настроек.</translation>
    </message>
    <message>
        <source>%1: kept in the system keyring (%2), never in the config file.</source>
        <translation>%1: хранится в системном хранилище ключей (%2) и никогда не попадает в файл настроек.</translation>
    </message>
    <message>
        <source>%1: no usable keyring, so kept in memory for this session only.</source>
        <translation>%1: хранилище ключей недоступно, поэтому значение хранится в памяти только до конца сеанса.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n day(s) ago.</source>
        <translation>
            <numerusform>Заданы %n день назад.</numerusform>
            <numerusform>Заданы %n дня назад.</numerusform>
            <numerusform>Заданы %n дней назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set today.</source>
        <translation>Заданы сегодня.</translation>
    </message>
</context>
<context>
    <name>EmailPresets</name>
    <message>
        <source>Mail provider preset</source>
        <translation>Готовые настройки почтового сервиса</translation>
    </message>
    <message>
        <source>Fills the SMTP server, port and TLS mode with the provider&apos;s values.</source>
        <translation>Заполняет SMTP-сервер, порт и режим TLS значениями почтового сервиса.</translation>
    </message>
    <message>
        <source>Choose a provider…</source>
        <translation>Выберите сервис…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Port %1 normally uses implicit TLS.</source>
        <translation>Порт %1 обычно использует неявный TLS.</translation>
    </message>
    <message>
        <source>Use implicit TLS</source>
        <translation>Включить неявный TLS</translation>
    </message>
    <message>
        <source>Port %1 normally uses STARTTLS.</source>
        <translation>Порт %1 обычно использует STARTTLS.</translation>
    </message>
    <message>
        <source>Use STARTTLS</source>
        <translation>Включить STARTTLS</translation>
    </message>
</context>
<context>
    <name>HeadersTable</name>
    <message>
        <source>hidden value</source>
        <translation>скрытое значение</translation>
    </message>
    <message>
        <source>Header</source>
        <extracomment>The names (case-folded) of headers the user chose to hide, beyond the credential ones.</extracomment>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Show values</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>A credential: always hidden</source>
        <translation>Учётные данные: всегда скрыты</translation>
    </message>
    <message>
        <source>Hide this value</source>
        <translation>Скрыть это значение</translation>
    </message>
    <message>
        <source>Hide values</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Плановые</translation>
    </message>
    <message>
        <source>Secrets set</source>
        <translation>Секреты заданы</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Последний сбой</translation>
    </message>
    <message>
        <source>works</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>не работает</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверялся</translation>
    </message>
    <message>
        <source>Its secrets were set %1 days ago.</source>
        <translation>Его секреты заданы %1 дн. назад.</translation>
    </message>
    <message>
        <source>Time to rotate them: Channel ▸ Rotate secret…</source>
        <translation>Пора их заменить: Канал ▸ Заменить секрет…</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Delivery health per channel</source>
        <translation>Доставка по каналам</translation>
    </message>
    <message>
        <source>“%1”, day by day</source>
        <translation>«%1» по дням</translation>
    </message>
    <message>
        <source>Choose a channel</source>
        <translation>Выберите канал</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>unsaved values</source>
        <translation>несохранённые значения</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>напрямую</translation>
    </message>
    <message>
        <source>server</source>
        <translation>через сервер</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Ответ: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Show the history of</source>
        <translation>Показать историю канала</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Показать результаты</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Все результаты</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Поиск по истории</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV or JSON file</source>
        <translation>Записать показанные строки в файл CSV или JSON</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <source>Forget the whole delivery history</source>
        <translation>Забыть всю историю доставок</translation>
    </message>
    <message>
        <source>Delivery history</source>
        <translation>История доставки</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries shown</source>
        <translation>
            <numerusform>Показана %n доставка</numerusform>
            <numerusform>Показаны %n доставки</numerusform>
            <numerusform>Показано %n доставок</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>&amp;Test this channel again</source>
        <translation>&amp;Проверить этот канал снова</translation>
    </message>
    <message>
        <source>&amp;Show the channel</source>
        <translation>П&amp;оказать канал</translation>
    </message>
    <message>
        <source>The channel was deleted</source>
        <translation>Канал удалён</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Экспорт истории</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Файлы CSV (*.csv);;Файлы JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deliveries to %1.</source>
        <translation>
            <numerusform>Экспортирована %n доставка в %1.</numerusform>
            <numerusform>Экспортировано %n доставки в %1.</numerusform>
            <numerusform>Экспортировано %n доставок в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Не очищено</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import “%1”</source>
        <translation>Импорт «%1»</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>добавить: %1</translation>
    </message>
    <message>
        <source>%1 to change</source>
        <translation>изменить: %1</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>без изменений: %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported</source>
        <translation>нельзя импортировать: %1</translation>
    </message>
    <message>
        <source>Nothing has been written yet: untick what should stay as it is.</source>
        <translation>Пока ничего не записано: снимите отметку с того, что должно остаться как есть.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Станет</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(a secret)</source>
        <translation>(секрет)</translation>
    </message>
    <message>
        <source>(a new secret)</source>
        <translation>(новый секрет)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импортировать (%1)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Подробности импорта</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Хранилище ключей</translation>
    </message>
    <message>
        <source>New %1 channel</source>
        <translation>Новый канал %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Канал «%1» удалён.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Канал «%1» сохранён.</translation>
    </message>
    <message>
        <source>Import channels</source>
        <translation>Импорт каналов</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>Imported: %1. Undo with %2.</source>
        <translation>Импортировано: %1. Отменить: %2.</translation>
    </message>
    <message>
        <source>Export channels</source>
        <translation>Экспорт каналов</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n channel(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n канал в %1.</numerusform>
            <numerusform>Экспортировано %n канала в %1.</numerusform>
            <numerusform>Экспортировано %n каналов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>About PingTower Desktop</source>
        <translation>О программе PingTower Desktop</translation>
    </message>
    <message>
        <source>PingTower Desktop %1
Manage PingTower notification channels: forms, keyring secrets and test delivery.</source>
        <translation>PingTower Desktop %1
Управление каналами уведомлений PingTower: формы, секреты в хранилище ключей и тестовая доставка.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>No proxy: connect directly</source>
        <translation>Без прокси: напрямую</translation>
    </message>
    <message>
        <source>The system&apos;s (the environment, else the desktop&apos;s settings)</source>
        <translation>Системный (переменные окружения, иначе настройки рабочего стола)</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>Задать здесь</translation>
    </message>
    <message>
        <source>As saved (in the keyring)</source>
        <translation>Как сохранён (в связке ключей)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved here</source>
        <translation>SOCKS5, имена разрешаются здесь</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy</source>
        <translation>SOCKS5, имена разрешает прокси</translation>
    </message>
    <message>
        <source>Test the proxy</source>
        <translation>Проверить прокси</translation>
    </message>
    <message>
        <source>Request this address the way set above (nothing is saved)</source>
        <translation>Запросить этот адрес так, как задано выше (ничего не сохраняется)</translation>
    </message>
    <message>
        <source>Proxy test result</source>
        <translation>Результат проверки прокси</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Соединения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Direct to</source>
        <translation>Напрямую к</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>direct to: %1</source>
        <translation>напрямую к: %1</translation>
    </message>
    <message>
        <source>The environment names no proxy; the desktop&apos;s settings do:</source>
        <translation>В окружении прокси не задан; в настройках рабочего стола задан:</translation>
    </message>
    <message>
        <source>Neither the environment nor the desktop names a proxy: connections go direct.</source>
        <translation>Ни окружение, ни рабочий стол не задают прокси: соединения идут напрямую.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
    <message>
        <source>Not reached: %1</source>
        <translation>Не удалось: %1</translation>
    </message>
    <message>
        <source>Answered %1 in %2 — %3.</source>
        <translation>Ответ %1 за %2 — %3.</translation>
    </message>
</context>
<context>
    <name>PythonBotCheck</name>
    <message>
        <source>Check bot</source>
        <translation>Проверить бота</translation>
    </message>
    <message>
        <source>Ask the bot&apos;s /health whether it is up; nothing is sent</source>
        <translation>Спросить у бота /health, работает ли он; ничего не отправляется</translation>
    </message>
    <message>
        <source>Asking the bot…</source>
        <translation>Опрашиваю бота…</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Channel</source>
        <extracomment>How a result sorts in the Result column: failures first, then not sent, then the rest.</extracomment>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>– Not sent</source>
        <translation>– Не отправлено</translation>
    </message>
    <message>
        <source>✔ Delivered</source>
        <translation>✔ Доставлено</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Ошибка</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate a secret of “%1”</source>
        <translation>Замена секрета «%1»</translation>
    </message>
    <message>
        <source>The new value</source>
        <translation>Новое значение</translation>
    </message>
    <message numerus="yes">
        <source>Its secrets were set %n day(s) ago.</source>
        <translation>
            <numerusform>Его секреты заданы %n день назад.</numerusform>
            <numerusform>Его секреты заданы %n дня назад.</numerusform>
            <numerusform>Его секреты заданы %n дней назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its secrets&apos; age is not known.</source>
        <translation>Возраст его секретов неизвестен.</translation>
    </message>
    <message>
        <source>Its secrets were set today.</source>
        <translation>Его секреты заданы сегодня.</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Проверить и сохранить</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Checking the new value…</source>
        <translation>Проверка нового значения…</translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message>
        <source> in a row</source>
        <translation> подряд</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>по умолчанию: %1</translation>
    </message>
    <message>
        <source>A check every so long: 15m, 1h, 1d (a check sends nothing to the chat)</source>
        <translation>Проверка через заданный интервал: 15m, 1h, 1d (проверка ничего не отправляет в чат)</translation>
    </message>
    <message>
        <source>When a real test message is sent: &apos;fri 12:00&apos;, &apos;daily 09:30&apos;, or &apos;off&apos;</source>
        <translation>Когда отправляется настоящее тестовое сообщение: &apos;fri 12:00&apos;, &apos;daily 09:30&apos; или &apos;off&apos;</translation>
    </message>
    <message>
        <source>Failures in a row before the channel counts as failing and an alert goes</source>
        <translation>Сколько неудач подряд нужно, чтобы канал считался сбойным и ушло оповещение</translation>
    </message>
    <message>
        <source>Check every</source>
        <extracomment>Its rows; a page may add rows of its own here, so that every label lines up.</extracomment>
        <translation>Проверять каждые</translation>
    </message>
    <message>
        <source>Canary test</source>
        <translation>Контрольный тест</translation>
    </message>
    <message>
        <source>Failing after</source>
        <translation>Сбой после</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Show %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>The server&apos;s base URL, without /api/v1</source>
        <translation>Базовый адрес сервера, без /api/v1</translation>
    </message>
    <message>
        <source>Server API</source>
        <translation>API сервера</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Documented API (/api/v1)</source>
        <translation>Документированный API (/api/v1)</translation>
    </message>
    <message>
        <source>Reference server (/v1/api)</source>
        <translation>Эталонный сервер (/v1/api)</translation>
    </message>
    <message>
        <source>Which API the server speaks; detected on first contact unless chosen here</source>
        <translation>Какой API у сервера; определяется при первом обращении, если не выбран здесь</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Файл сертификата УЦ</translation>
    </message>
    <message>
        <source>Only for a server whose certificate comes from your organisation&apos;s own certificate authority: that CA&apos;s certificate (a PEM file). Leave empty to trust the system&apos;s certificates.</source>
        <translation>Только для сервера, чей сертификат выдан собственным удостоверяющим центром вашей организации: сертификат этого УЦ (файл PEM). Оставьте пустым, чтобы доверять системным сертификатам.</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>E-mail и пароль</translation>
    </message>
    <message>
        <source>Token (JWT)</source>
        <translation>Токен (JWT)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sent once to get a login token; never stored</source>
        <translation>Отправляется один раз, чтобы получить токен входа; нигде не хранится</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>A login token (JWT) copied from the PingTower web app; kept in the keyring</source>
        <translation>Токен входа (JWT), скопированный из веб-приложения PingTower; хранится в хранилище ключей</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Login result</source>
        <translation>Результат входа</translation>
    </message>
    <message>
        <source>Server URL *</source>
        <translation>Адрес сервера *</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Log in with</source>
        <translation>Способ входа</translation>
    </message>
    <message>
        <source>The password is only used to get a login token; it is never stored.</source>
        <translation>Пароль нужен только для получения токена входа; он нигде не хранится.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Токен действует до</translation>
    </message>
    <message>
        <source>Channels a sync takes from the server</source>
        <translation>Сколько каналов синхронизация принимает от сервера</translation>
    </message>
    <message>
        <source>A sync refuses a server that lists more channels than this, before anything is written: raise it for a server that really holds that many.</source>
        <translation>Синхронизация отказывается работать с сервером, у которого больше каналов, ещё до любой записи: увеличьте число для сервера, где их действительно столько.</translation>
    </message>
    <message>
        <source>Notes about this server</source>
        <translation>Примечания об этом сервере</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Forget the login token; the server URL stays</source>
        <translation>Забыть токен входа; адрес сервера сохранится</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Channels a sync takes</source>
        <translation>Каналов при синхронизации</translation>
    </message>
    <message>
        <source>Not logged in: use https://, or confirm sending the login over plain http.</source>
        <translation>Вход не выполнен: используйте https:// или подтвердите отправку данных входа по обычному http.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Войти не удалось: %1</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Вход на %1…</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Выполнен вход: %1.</translation>
    </message>
    <message>
        <source>Logged out; the token was removed.</source>
        <translation>Выход выполнен; токен удалён.</translation>
    </message>
</context>
<context>
    <name>ServerStatusBar</name>
    <message>
        <source>Log in again…</source>
        <translation>Войти снова…</translation>
    </message>
    <message>
        <source>Log in to the server again</source>
        <translation>Снова войти на сервер</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Default test message</source>
        <translation>Тестовое сообщение по умолчанию</translation>
    </message>
    <message>
        <source>Test notification from PingTower Desktop</source>
        <translation>Тестовое уведомление от PingTower Desktop</translation>
    </message>
    <message>
        <source>Default test username</source>
        <translation>Имя пользователя для теста по умолчанию</translation>
    </message>
    <message>
        <source>Not set (e.g. testuser)</source>
        <translation>Не задано (например, testuser)</translation>
    </message>
    <message>
        <source>Keep watching the channels in the tray when the window is closed</source>
        <translation>Продолжать наблюдение за каналами в трее после закрытия окна</translation>
    </message>
    <message>
        <source>Keyring status</source>
        <translation>Состояние хранилища ключей</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Тестовая отправка</translation>
    </message>
    <message>
        <source>Default message</source>
        <translation>Сообщение по умолчанию</translation>
    </message>
    <message>
        <source>Default username</source>
        <translation>Пользователь по умолчанию</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Хранилище ключей</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>None (alerts only on this computer)</source>
        <translation>Нет (оповещения только на этом компьютере)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Alerts go through</source>
        <translation>Оповещения через</translation>
    </message>
    <message>
        <source>Rotate secrets after</source>
        <translation>Менять секреты через</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Проверяю хранилище ключей…</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Модуль: %1</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>PingTower Desktop could not finish starting: %1</source>
        <translation>PingTower Desktop не удалось завершить запуск: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the server</source>
        <translation>Синхронизация с сервером</translation>
    </message>
    <message>
        <source>Sync summary</source>
        <extracomment>The rows of steps that wait for a consent, each with its step: ticked = agreed.</extracomment>
        <translation>Итог синхронизации</translation>
    </message>
    <message>
        <source>Sync plan</source>
        <translation>План синхронизации</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Разрешить &amp;конфликты…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Make the changes listed; conflicts not resolved are left as they are</source>
        <translation>Внести перечисленные изменения; нерешённые конфликты остаются как есть</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>Составить план &amp;заново</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Asking the server for its channels…</source>
        <translation>Запрашиваем каналы у сервера…</translation>
    </message>
    <message>
        <source>To the server (%1)</source>
        <translation>На сервер (%1)</translation>
    </message>
    <message>
        <source>To this computer (%1)</source>
        <translation>На этот компьютер (%1)</translation>
    </message>
    <message>
        <source>Your decision — tick what may be done (%1)</source>
        <translation>Ваше решение — отметьте, что можно сделать (%1)</translation>
    </message>
    <message>
        <source>Conflicts — nothing is overwritten until you choose (%1)</source>
        <translation>Конфликты — ничего не перезаписывается, пока вы не выберете (%1)</translation>
    </message>
    <message>
        <source>Cannot be synced (%1)</source>
        <translation>Нельзя синхронизировать (%1)</translation>
    </message>
    <message>
        <source>Stay on this computer (%1)</source>
        <translation>Остаются на этом компьютере (%1)</translation>
    </message>
    <message>
        <source>The same on both sides, or gone from both: only remembered (%1)</source>
        <translation>Одинаковые на обеих сторонах или удалённые с обеих: только запоминаются (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Sync with %1 (%2): %n channel(s) here, %3 on the server.</source>
        <translation>
            <numerusform>Синхронизация с %1 (%2): здесь %n канал, на сервере %3.</numerusform>
            <numerusform>Синхронизация с %1 (%2): здесь %n канала, на сервере %3.</numerusform>
            <numerusform>Синхронизация с %1 (%2): здесь %n каналов, на сервере %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change. Apply remembers which channels are the same on both sides (%n), so that later changes go to the right one.</source>
        <translation>
            <numerusform>Менять нечего. «Применить» запомнит, какие каналы совпадают на обеих сторонах (%n), чтобы дальнейшие изменения попадали в нужный.</numerusform>
            <numerusform>Менять нечего. «Применить» запомнит, какие каналы совпадают на обеих сторонах (%n), чтобы дальнейшие изменения попадали в нужные.</numerusform>
            <numerusform>Менять нечего. «Применить» запомнит, какие каналы совпадают на обеих сторонах (%n), чтобы дальнейшие изменения попадали в нужные.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2. Nothing has been changed yet.</source>
        <translation>%1, %2. Пока ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make</source>
        <translation>
            <numerusform>%n изменение к выполнению</numerusform>
            <numerusform>%n изменения к выполнению</numerusform>
            <numerusform>%n изменений к выполнению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1, %2 failed, %3 left.</source>
        <translation>Готово: %1, не удалось %2, осталось: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made</source>
        <translation>
            <numerusform>выполнено %n изменение</numerusform>
            <numerusform>выполнено %n изменения</numerusform>
            <numerusform>выполнено %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is in sync.</source>
        <translation>Всё синхронизировано.</translation>
    </message>
    <message>
        <source>This server shows every user&apos;s channels to everyone who logs in: another user&apos;s channel is copied here, and a channel this computer did not create is deleted there, only if you tick it.</source>
        <translation>Этот сервер показывает каналы всех пользователей каждому вошедшему: чужой канал копируется сюда, а канал, созданный не этим компьютером, удаляется там, только если вы это отметите.</translation>
    </message>
    <message>
        <source>Copy here</source>
        <translation>Скопировать сюда</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Отправить всё равно</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Удалить на сервере</translation>
    </message>
    <message>
        <source>Applying the plan…</source>
        <translation>Выполняем план…</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 “%4”</source>
        <translation>Выполнено %1 из %2: %3 «%4»</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Выполнено (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Не удалось (%1)</translation>
    </message>
    <message>
        <source>Not done — the next sync carries on (%1)</source>
        <translation>Не выполнено — следующая синхронизация продолжит (%1)</translation>
    </message>
    <message>
        <source>Conflicts left (%1)</source>
        <translation>Осталось конфликтов (%1)</translation>
    </message>
    <message>
        <source>Not done — not agreed to (%1)</source>
        <translation>Не сделано — нет согласия (%1)</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Синхронизация остановлена: %1</translation>
    </message>
    <message>
        <source>Cancelled. What was done is kept; the next sync carries on from there.</source>
        <translation>Отменено. Сделанное сохранено; следующая синхронизация продолжит с этого места.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>TelegramHelpers</name>
    <message>
        <source>Check token</source>
        <translation>Проверить токен</translation>
    </message>
    <message>
        <source>Ask Telegram (getMe) which bot the token belongs to</source>
        <translation>Спросить у Telegram (getMe), какому боту принадлежит токен</translation>
    </message>
    <message>
        <source>Find chat ID</source>
        <translation>Найти ID чата</translation>
    </message>
    <message>
        <source>List the chats the bot has seen (getUpdates) and pick one</source>
        <translation>Показать чаты, которые видел бот (getUpdates), и выбрать один</translation>
    </message>
    <message>
        <source>Chats the bot has seen</source>
        <translation>Чаты, которые видел бот</translation>
    </message>
    <message>
        <source>Use this chat</source>
        <translation>Выбрать этот чат</translation>
    </message>
    <message>
        <source>Asking Telegram…</source>
        <translation>Опрашиваю Telegram…</translation>
    </message>
    <message>
        <source>The token belongs to %1 (%2).</source>
        <translation>Токен принадлежит боту %1 (%2).</translation>
    </message>
    <message>
        <source>The bot has not seen any chat yet: send the bot a message first (or add it to the group and post there), then try again.</source>
        <translation>Бот ещё не видел ни одного чата: сначала отправьте боту сообщение (или добавьте его в группу и напишите там), затем повторите.</translation>
    </message>
    <message>
        <source>Pick the chat to send to (double-click or “Use this chat”).</source>
        <translation>Выберите чат для отправки (двойной щелчок или «Выбрать этот чат»).</translation>
    </message>
    <message>
        <source>private chat</source>
        <translation>личный чат</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>supergroup</source>
        <translation>супергруппа</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>Chat ID set to %1.</source>
        <translation>ID чата: %1.</translation>
    </message>
</context>
<context>
    <name>TestAllDialog</name>
    <message>
        <source>Test all channels</source>
        <translation>Проверка всех каналов</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>&amp;Failed only</source>
        <translation>&amp;Только неудачные</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Повторить неудачные</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 not sent (input missing).</source>
        <translation>Не отправлено: %1 (не хватает данных).</translation>
    </message>
    <message>
        <source>&amp;Retry failed (%1)</source>
        <translation>&amp;Повторить неудачные (%1)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 delivered, %4 failed.</source>
        <translation>Готово %1 из %2: доставлено %3, с ошибкой %4.</translation>
    </message>
</context>
<context>
    <name>TestPanel</name>
    <message>
        <source>Send test</source>
        <translation>Тестовая отправка</translation>
    </message>
    <message>
        <source>Default test message</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Тестовое сообщение</translation>
    </message>
    <message>
        <source>Optional: the message to send instead of the default test message.</source>
        <translation>Необязательно: текст, который будет отправлен вместо стандартного тестового сообщения.</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>по умолчанию: %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Test username</source>
        <translation>Пользователь для теста</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Напрямую</translation>
    </message>
    <message>
        <source>Via server</source>
        <translation>Через сервер</translation>
    </message>
    <message>
        <source>Send a test notification with the values in the form (Ctrl+T)</source>
        <translation>Отправить тестовое уведомление с текущими значениями формы (Ctrl+T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Why the test cannot be sent</source>
        <translation>Почему проверку нельзя отправить</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Результат теста</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer</source>
        <translation>Ответ получателя</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Direct: sent from this computer with the form&apos;s values. Via server: the server sends it, with the channel as it was last synced.</source>
        <translation>Напрямую: отправляется с этого компьютера со значениями из формы. Через сервер: отправляет сервер, с каналом в том виде, в каком он был при последней синхронизации.</translation>
    </message>
    <message>
        <source>Direct: sent from this computer. Via server: needs a server login and the channel synced.</source>
        <translation>Напрямую: отправляется с этого компьютера. Через сервер: нужны вход на сервер и синхронизированный канал.</translation>
    </message>
    <message>
        <source>Cannot send a test: %1.</source>
        <translation>Проверку не отправить: %1.</translation>
    </message>
    <message>
        <source>Asking the server to send a test to %1…</source>
        <translation>Просим сервер отправить тест в %1…</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Отправка в «%1»…</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>Тест не удалось запустить: %1</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Тест отменён.</translation>
    </message>
    <message>
        <source>✔ Accepted by the server in %1 (delivery not reported).</source>
        <translation>✔ Сервер принял за %1 (о доставке не сообщает).</translation>
    </message>
    <message>
        <source>✔ Sent by the server in %1.</source>
        <translation>✔ Сервер отправил за %1.</translation>
    </message>
    <message>
        <source>✔ Delivered in %1.</source>
        <translation>✔ Доставлено за %1.</translation>
    </message>
    <message>
        <source>This tested the unsaved values in the form; the channel&apos;s last test is unchanged.</source>
        <translation>Проверены несохранённые значения формы; последняя проверка канала не изменилась.</translation>
    </message>
    <message>
        <source>✘ Failed after %1.</source>
        <translation>✘ Ошибка через %1.</translation>
    </message>
    <message>
        <source>The PingTower username the test names; the Python bot needs one (or a default in Settings).</source>
        <translation>Имя пользователя PingTower для проверки; Python-боту оно нужно (или имя по умолчанию в настройках).</translation>
    </message>
    <message>
        <source>Test route</source>
        <translation>Маршрут теста</translation>
    </message>
    <message>
        <source>Status %1.</source>
        <translation>Статус %1.</translation>
    </message>
</context>
<context>
    <name>WatchBox</name>
    <message>
        <source>Watch</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>How often the watch checks this channel, its canary test, its alerts</source>
        <translation>Как часто наблюдение проверяет канал, его контрольный тест, оповещения</translation>
    </message>
    <message>
        <source>Once the channel is saved, the watch can check it.</source>
        <translation>Когда канал будет сохранён, наблюдение сможет его проверять.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл</translation>
    </message>
    <message numerus="yes">
        <source>A check every %1, canary test %2, failing after %n failure(s) in a row.</source>
        <translation>
            <numerusform>Проверка каждые %1, контрольный тест: %2, сбой после %n неудачи подряд.</numerusform>
            <numerusform>Проверка каждые %1, контрольный тест: %2, сбой после %n неудач подряд.</numerusform>
            <numerusform>Проверка каждые %1, контрольный тест: %2, сбой после %n неудач подряд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The watch&apos;s alerts go through this channel.</source>
        <translation>Оповещения наблюдения идут через этот канал.</translation>
    </message>
    <message>
        <source>Disabled: the watch leaves it alone.</source>
        <translation>Выключен: наблюдение его не трогает.</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Open PingTower Desktop</source>
        <extracomment>How often the schedule is looked at (what is due runs then; a check is due every 15 min by default). The tray&apos;s colour for the channels&apos; state: all OK, some unknown, one failing. The schedule or the alert channel changed here (Settings, a channel&apos;s Watch…). Channel id → how many days ago its secrets were set (channels with secrets only). The schedule and alert settings as last read, and the file&apos;s time then (see ``current_settings``).</extracomment>
        <translation>Открыть PingTower Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>PingTower Desktop: %1 OK, %2 failing, %3 not checked yet</source>
        <translation>PingTower Desktop: работают %1, не работают %2, не проверены %3</translation>
    </message>
    <message>
        <source>Offline: checks wait for the network</source>
        <translation>Нет сети: проверки ждут подключения</translation>
    </message>
    <message>
        <source>Another process keeps watch; this shows what it sees</source>
        <translation>Наблюдение ведёт другой процесс; здесь видно, что он видит</translation>
    </message>
    <message>
        <source>Time to rotate secrets</source>
        <translation>Пора заменить секреты</translation>
    </message>
    <message>
        <source>Secrets older than %1 days: %2 (Channel ▸ Rotate secret…)</source>
        <translation>Секреты старше %1 дней: %2 (Канал ▸ Заменить секрет…)</translation>
    </message>
    <message>
        <source>Channel failing</source>
        <translation>Канал не работает</translation>
    </message>
    <message>
        <source>Channel works again</source>
        <translation>Канал снова работает</translation>
    </message>
</context>
<context>
    <name>WebhookPreview</name>
    <message>
        <source>The request a test sends (its JSON body shown indented)</source>
        <translation>Запрос, который отправит тест (тело JSON показано с отступами)</translation>
    </message>
    <message>
        <source>Payload preview</source>
        <translation>Предпросмотр запроса</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>No channels yet</source>
        <translation>Каналов пока нет</translation>
    </message>
    <message>
        <source>A channel is where PingTower sends its alerts: a Telegram chat, an e-mail address, a Slack channel, a webhook or the PingTower Python bot. Start in one of three ways:</source>
        <translation>Канал — это то, куда PingTower отправляет оповещения: чат Telegram, адрес электронной почты, канал Slack, веб-хук или Python-бот PingTower. Начните одним из трёх способов:</translation>
    </message>
    <message>
        <source>Add a channel…</source>
        <translation>Добавить канал…</translation>
    </message>
    <message>
        <source>Import the PingTower document&apos;s examples…</source>
        <translation>Импортировать примеры из документации PingTower…</translation>
    </message>
    <message>
        <source>Connect to a PingTower server…</source>
        <translation>Подключиться к серверу PingTower…</translation>
    </message>
    <message>
        <source>one of the five types, filled in here, with a test before you save</source>
        <translation>один из пяти типов: заполните его здесь и проверьте до сохранения</translation>
    </message>
    <message>
        <source>the document&apos;s five example channels, to complete: kept disabled until they are</source>
        <translation>пять каналов-примеров из документации, которые нужно дополнить: до тех пор они выключены</translation>
    </message>
    <message>
        <source>then Sync brings the server&apos;s channels here, and yours there</source>
        <translation>затем синхронизация перенесёт каналы сервера сюда, а ваши — туда</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>&amp;Add channel…</source>
        <translation>&amp;Добавить канал…</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Добавить канал</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Duplicate the channel</source>
        <translation>Создать копию канала</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the channel</source>
        <translation>Удалить канал</translation>
    </message>
    <message>
        <source>&amp;Enable/Disable</source>
        <translation>&amp;Включить/выключить</translation>
    </message>
    <message>
        <source>Enable or disable the channel</source>
        <translation>Включить или выключить канал</translation>
    </message>
    <message>
        <source>Make de&amp;fault</source>
        <translation>Сделать &amp;основным</translation>
    </message>
    <message>
        <source>Make the channel the default one</source>
        <translation>Сделать канал основным</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Заменить секрет…</translation>
    </message>
    <message>
        <source>Replace a secret, checked before it is saved</source>
        <translation>Заменить секрет, проверив его перед сохранением</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the channel</source>
        <translation>Сохранить канал</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Undo the changes not yet saved</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Тестовая отправка</translation>
    </message>
    <message>
        <source>Send a test notification</source>
        <translation>Отправить тестовое уведомление</translation>
    </message>
    <message>
        <source>Copy as &amp;curl…</source>
        <translation>Копировать как &amp;curl…</translation>
    </message>
    <message>
        <source>The server&apos;s create request</source>
        <translation>Запрос создания канала на сервере</translation>
    </message>
    <message>
        <source>Test &amp;all</source>
        <translation>Проверить &amp;все</translation>
    </message>
    <message>
        <source>Test every enabled channel</source>
        <translation>Проверить все включённые каналы</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Фильтр</translation>
    </message>
    <message>
        <source>Filter the channels</source>
        <translation>Отфильтровать каналы</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Show the delivery history</source>
        <translation>Показать историю доставки</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Каналы</translation>
    </message>
    <message>
        <source>Show the channels</source>
        <translation>Показать каналы</translation>
    </message>
    <message>
        <source>H&amp;ealth</source>
        <translation>&amp;Состояние</translation>
    </message>
    <message>
        <source>Show each channel&apos;s delivery health</source>
        <translation>Показать состояние доставки по каналам</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>Show the changes to the channels</source>
        <translation>Показать журнал изменений каналов</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import channels from a JSON file</source>
        <translation>Импортировать каналы из файла JSON</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export channels without secrets</source>
        <translation>Экспортировать каналы без секретов</translation>
    </message>
    <message>
        <source>Export with &amp;secrets…</source>
        <translation>Экспорт с &amp;секретами…</translation>
    </message>
    <message>
        <source>Export channels with their secrets</source>
        <translation>Экспортировать каналы вместе с секретами</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Language, keyring, test defaults</source>
        <translation>Язык, хранилище ключей, параметры теста</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit PingTower Desktop</source>
        <translation>Выйти из PingTower Desktop</translation>
    </message>
    <message>
        <source>&amp;About PingTower Desktop</source>
        <translation>&amp;О программе PingTower Desktop</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <source>Se&amp;rver…</source>
        <translation>Се&amp;рвер…</translation>
    </message>
    <message>
        <source>Log in to a PingTower server</source>
        <translation>Вход на сервер PingTower</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>С&amp;инхронизировать…</translation>
    </message>
    <message>
        <source>Two-way sync with the server: the plan first</source>
        <translation>Двусторонняя синхронизация с сервером: сначала план</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New channel</source>
        <translation>&amp;Новый канал</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Се&amp;рвер</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Выключить</translation>
    </message>
    <message>
        <source>No channel is enabled</source>
        <translation>Нет включённых каналов</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>DISPLAY is not set</source>
        <translation>переменная DISPLAY не задана</translation>
    </message>
    <message>
        <source>no X server is listening on display %1</source>
        <translation>на дисплее %1 нет X-сервера</translation>
    </message>
    <message>
        <source>pingtower-desktop: cannot open a window (%1); run it in a desktop session, or under a virtual X server: xvfb-run -a pingtower-desktop</source>
        <translation>pingtower-desktop: не удаётся открыть окно (%1); запустите программу в графическом сеансе или под виртуальным X-сервером: xvfb-run -a pingtower-desktop</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>import_export</name>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>с ошибками</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>left as it is</source>
        <translation>оставлено как есть</translation>
    </message>
    <message>
        <source>add</source>
        <translation>добавить</translation>
    </message>
    <message>
        <source>change</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>нельзя импортировать</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Изменено в другом месте</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (the command line, another window) while you edited it: %2.</source>
        <translation>«%1» изменили в другом месте (командная строка, другое окно), пока вы его редактировали: %2.</translation>
    </message>
    <message>
        <source>Your other changes are merged with theirs either way.</source>
        <translation>Остальные ваши изменения в любом случае объединяются с их изменениями.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;мою</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Взять &amp;их</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Удаление канала</translation>
    </message>
    <message>
        <source>Delete “%1”? Its secrets are removed from the keyring too.</source>
        <translation>Удалить «%1»? Его секреты тоже будут удалены из хранилища ключей.</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Сделать основным</translation>
    </message>
    <message>
        <source>“%1” is disabled: as the default channel it would receive nothing. Enable it and make it the default?</source>
        <translation>«%1» выключен: как основной канал он ничего не получит. Включить его и сделать основным?</translation>
    </message>
    <message>
        <source>Enable and make default</source>
        <translation>Включить и сделать основным</translation>
    </message>
    <message>
        <source>Disable the default channel</source>
        <translation>Выключить основной канал</translation>
    </message>
    <message>
        <source>“%1” is the default channel: a default channel is enabled. Disable it and leave no default?</source>
        <translation>«%1» — основной канал, а основной канал всегда включён. Выключить его и оставить без основного канала?</translation>
    </message>
    <message>
        <source>Keep watching?</source>
        <translation>Продолжать наблюдение?</translation>
    </message>
    <message>
        <source>Keep checking the channels in the tray after the window is closed? The tray icon opens the window again or quits. (Settings can change this later.)</source>
        <translation>Продолжать проверять каналы в трее после закрытия окна? Значок в трее снова откроет окно или завершит работу. (Это можно изменить в настройках.)</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Очистка истории</translation>
    </message>
    <message>
        <source>Forget every delivery recorded so far? The channels and their last tests stay.</source>
        <translation>Забыть все записанные доставки? Каналы и их последние проверки останутся.</translation>
    </message>
    <message>
        <source>Export with secrets</source>
        <translation>Экспорт с секретами</translation>
    </message>
    <message>
        <source>The file will contain bot tokens, passwords and webhook URLs in plain text. Keep it somewhere safe and delete it when done. Continue?</source>
        <translation>Файл будет содержать токены ботов, пароли и адреса вебхуков открытым текстом. Храните его в надёжном месте и удалите, когда он станет не нужен. Продолжить?</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that PingTower Desktop did not expect: %1</source>
        <translation>Произошло то, чего PingTower Desktop не ожидал: %1</translation>
    </message>
    <message>
        <source>It was written to the log: %1</source>
        <translation>Подробности записаны в журнал: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>the new channel</source>
        <extracomment>What to do once the save under way has finished (the latest move asked for).</extracomment>
        <translation>новый канал</translation>
    </message>
</context>
<context>
    <name>server_prompts</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>Незашифрованное соединение</translation>
    </message>
    <message>
        <source>Send the login over plain http?</source>
        <translation>Отправить данные входа по обычному http?</translation>
    </message>
</context>
<context>
    <name>server_text</name>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>не настроен</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>не выполнен вход</translation>
    </message>
    <message>
        <source>login expired</source>
        <translation>вход истёк</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>вход выполнен</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>вход отклонён</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>documented API (/api/v1)</source>
        <translation>документированный API (/api/v1)</translation>
    </message>
    <message>
        <source>reference server (/v1/api)</source>
        <translation>эталонный сервер (/v1/api)</translation>
    </message>
    <message>
        <source>unknown (the token is not a JWT)</source>
        <translation>неизвестно (токен не JWT)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>истёк %1</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>пользователь без имени</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Проверяем сервер…</translation>
    </message>
    <message>
        <source>No server is set up: use Server… to log in.</source>
        <translation>Сервер не настроен: войдите через «Сервер…».</translation>
    </message>
    <message>
        <source>Server: %1 (%2)</source>
        <translation>Сервер: %1 (%2)</translation>
    </message>
    <message>
        <source>Logged out: log in again to sync.</source>
        <translation>Выход выполнен: войдите снова, чтобы синхронизировать.</translation>
    </message>
    <message>
        <source>Logged in as: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>Токен действует до: %1</translation>
    </message>
    <message>
        <source>Channels on the server: %1</source>
        <translation>Каналов на сервере: %1</translation>
    </message>
    <message>
        <source>Create on the server</source>
        <translation>Создать на сервере</translation>
    </message>
    <message>
        <source>Update on the server</source>
        <translation>Обновить на сервере</translation>
    </message>
    <message>
        <source>Delete on the server</source>
        <translation>Удалить на сервере</translation>
    </message>
    <message>
        <source>Create here</source>
        <translation>Создать здесь</translation>
    </message>
    <message>
        <source>Update here</source>
        <translation>Обновить здесь</translation>
    </message>
    <message>
        <source>Delete here</source>
        <translation>Удалить здесь</translation>
    </message>
    <message>
        <source>Already the same</source>
        <translation>Уже совпадает</translation>
    </message>
    <message>
        <source>Gone from both sides</source>
        <translation>Удалён с обеих сторон</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Не синхронизируется</translation>
    </message>
    <message>
        <source>Stays here</source>
        <translation>Остаётся здесь</translation>
    </message>
    <message>
        <source>The server refused the login: log in again.</source>
        <translation>Сервер отклонил вход: войдите снова.</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>Сервер не отвечает.</translation>
    </message>
    <message>
        <source>Not logged in to a server: use Server… to log in.</source>
        <translation>Вход на сервер не выполнен: войдите через «Сервер…».</translation>
    </message>
    <message>
        <source>Another sync ran meanwhile: the plan is made again.</source>
        <translation>Тем временем прошла другая синхронизация: план составлен заново.</translation>
    </message>
    <message>
        <source>The channel is not on the server yet: sync first.</source>
        <translation>Этого канала ещё нет на сервере: сначала синхронизируйте.</translation>
    </message>
</context>
<context>
    <name>sync_badges</name>
    <message>
        <source>In sync</source>
        <translation>Синхронизирован</translation>
    </message>
    <message>
        <source>Will push to the server</source>
        <translation>Будет отправлен на сервер</translation>
    </message>
    <message>
        <source>Will pull from the server</source>
        <translation>Будет получен с сервера</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Только здесь</translation>
    </message>
    <message>
        <source>Cannot be synced</source>
        <translation>Нельзя синхронизировать</translation>
    </message>
</context>
</TS>
