import './base.css';
import './findings.css';
import './save-guard.css';
import './audit.css';
