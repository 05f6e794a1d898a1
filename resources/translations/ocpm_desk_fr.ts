<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="93"/>
        <source>About OCPM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="94"/>
        <source>&lt;h3&gt;OCPM Desk {version}&lt;/h3&gt;&lt;p&gt;Back-office application of the Cantonal Office for Population and Migration (OCPM), Republic and Canton of Geneva.&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside} · {system}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="40"/>
        <source>Yes</source>
        <extracomment>Raw values for sorting (numbers, dates), so that CHF 100.00 sorts after CHF 25.00.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="40"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="46"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="57"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="64"/>
        <source>Postal products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="73"/>
        <source>The catalogue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="73"/>
        <source>No service and no postal product is in force today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="78"/>
        <source>In force on {date} · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="81"/>
        <source>Services ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="96"/>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="131"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="157"/>
        <source>The data could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="160"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="173"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="176"/>
        <source>Load the figures again from the database (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="24"/>
        <source>The procedure did not succeed: the database cannot be reached. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="57"/>
        <source>This account is locked after repeated failed attempts. Try again after {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="54"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="57"/>
        <source>Login message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="144"/>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="180"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="184"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="188"/>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="208"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="20"/>
        <source>OCPM Desk — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="53"/>
        <source>Cantonal Office for Population and Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="86"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="103"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="120"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="146"/>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="163"/>
        <source>&amp;Remember password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="63"/>
        <source>OCPM Desk — {name}</source>
        <extracomment>While the connection is lost, it is tried again sooner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="91"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="113"/>
        <source>No screens for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="115"/>
        <source>The roles of this account ({roles}) give access to no screen of OCPM Desk. The intake account is the web platform&apos;s: it delivers orders, it does not process them. Log out and log in with a staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="120"/>
        <location filename="../../ocpm_desk/gui/main_window.py" line="134"/>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="145"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="156"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="163"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="166"/>
        <source>&amp;About OCPM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="177"/>
        <source>Logged in as {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="181"/>
        <source>Database: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="272"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="274"/>
        <source>Connection lost — reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="276"/>
        <source>Checking the connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="42"/>
        <source>Overview</source>
        <extracomment>Status counts are not personal data: every staff role sees the overview, the intake account does not.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="49"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="63"/>
        <source>Overview</source>
        <extracomment>Colours of the delivery clock (also used by the queues): green, orange, red.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="76"/>
        <source>Orders by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="83"/>
        <source>Delivery clock of open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="85"/>
        <source>Counted in working days from the order: target 7, limit 14 (general terms, G6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="108"/>
        <source>No orders to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="108"/>
        <source>There are no orders in the statuses your roles may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="112"/>
        <source>Figures as of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="143"/>
        <source>Open orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="52"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="52"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="68"/>
        <source>Every action of the main window can be reached from the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
